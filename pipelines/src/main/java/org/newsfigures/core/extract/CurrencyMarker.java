package org.newsfigures.core.extract;

import java.util.List;

/**
 * The currency marker found inside a money figure's span.
 *
 * @param text the marker as written ("US$", "US $", "C$", "dollars", "$", "pesos")
 * @param currency ISO 4217 code the marker states; for an ambiguous word its usual reading ("pesos" → MXN,
 *     "¥" → JPY, see {@code candidates}); null when it names no single currency (bare "$", "dollars")
 * @param alternative ISO code the marker means instead when the paragraph names {@code alternativeWhen}
 *     ("¥" is JPY, or CNY when the paragraph speaks of yuan); null when the marker is unambiguous
 * @param alternativeWhen the word that selects the alternative; null with it
 * @param candidates every ISO code an ambiguous marker may mean, its usual reading first ("pesos": MXN, ARS,
 *     CLP, COP, …; "$": every dollar and peso); empty when the marker names exactly one currency
 */
public record CurrencyMarker(String text, String currency, String alternative, String alternativeWhen,
    List<String> candidates) {
  public CurrencyMarker {
    candidates = List.copyOf(candidates);
  }

  /** A marker that names one currency, or none, without candidates. */
  public CurrencyMarker(String text, String currency, String alternative, String alternativeWhen) {
    this(text, currency, alternative, alternativeWhen, List.of());
  }

  public boolean isExplicit() {
    return currency != null;
  }

  /** True when context must choose among {@link #candidates()}: "pesos" in an Argentine story are ARS. */
  public boolean isAmbiguous() {
    return candidates.size() > 1;
  }
}
