package org.newsfigures.core.generate;

import org.newsfigures.core.extract.FigureKind;

/**
 * A figure as it will be written into a sentence, with what it means.
 *
 * @param text the words of the figure (the gold span), e.g. "US$12.4 billion", "25 per cent", "four-day"
 * @param kind what the figure is
 * @param value its value in its own unit; the lower end of a range
 * @param valueHigh the upper end of a range, else null
 * @param currency ISO 4217 code of money, null when the text names none (bare $, dollars) or not money
 */
record FigurePhrase(String text, FigureKind kind, double value, Double valueHigh, String currency) {
  FigurePhrase withCurrency(String code) {
    return new FigurePhrase(text, kind, value, valueHigh, code);
  }
}
