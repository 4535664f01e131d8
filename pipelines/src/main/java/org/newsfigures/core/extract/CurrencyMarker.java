package org.newsfigures.core.extract;

/**
 * The currency marker found inside a money figure's span.
 *
 * @param text the marker as written ("US$", "US $", "C$", "dollars", "$")
 * @param currency ISO 4217 code the marker states, or null when it names no single currency (bare "$", "dollars")
 * @param alternative ISO code the marker means instead when the paragraph names {@code alternativeWhen}
 *     ("¥" is JPY, or CNY when the paragraph speaks of yuan); null when the marker is unambiguous
 * @param alternativeWhen the word that selects the alternative; null with it
 */
public record CurrencyMarker(String text, String currency, String alternative, String alternativeWhen) {
  public boolean isExplicit() {
    return currency != null;
  }
}
