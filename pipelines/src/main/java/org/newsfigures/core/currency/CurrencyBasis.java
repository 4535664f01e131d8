package org.newsfigures.core.currency;

/** How a money figure's currency was decided. */
public enum CurrencyBasis {
  /** A marker inside the figure's span names the currency (US$, C$, yuan). */
  EXPLICIT,
  /** The span has a bare "$", "dollars" or "¥"; evidence around it decided (see currency_evidence). */
  INFERRED,
  /** Nothing around a bare "$" or "dollars" speaks: US dollars, the convention of international news. */
  DEFAULT;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
