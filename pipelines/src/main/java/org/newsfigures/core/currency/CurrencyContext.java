package org.newsfigures.core.currency;

import java.util.List;

/**
 * What surrounds a money figure, as far as its currency is concerned; the evidence parts are read once per sentence,
 * paragraph and article, not once per figure.
 *
 * @param sentence what the figure's sentence says
 * @param paragraph what the figure's paragraph says
 * @param paragraphCurrencies ISO codes of the explicit currency markers of the paragraph's other money figures,
 *     each once, in order of first use
 * @param convertedFrom when the figure stands in brackets right after a money figure with an explicit currency
 *     ("C$4.9 billion ($3.58 billion)"), that figure's currency; else null
 * @param article what the whole article says
 */
public record CurrencyContext(
    TextEvidence sentence,
    TextEvidence paragraph,
    List<String> paragraphCurrencies,
    String convertedFrom,
    ArticleEvidence article) {
  public CurrencyContext {
    paragraphCurrencies = List.copyOf(paragraphCurrencies);
  }
}
