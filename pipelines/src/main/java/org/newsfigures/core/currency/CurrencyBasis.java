package org.newsfigures.core.currency;

/** How a money figure's currency was decided. */
public enum CurrencyBasis {
  /** A marker inside the figure's span names the currency (US$, C$, yuan). */
  EXPLICIT,
  /** The span has a bare "$" or "dollars"; evidence around it decided (see currency_evidence). */
  INFERRED,
  /** Nothing decided it: no guess is recorded. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
