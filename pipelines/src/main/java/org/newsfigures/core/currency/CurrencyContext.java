package org.newsfigures.core.currency;

import java.util.List;

/**
 * What surrounds a money figure, as far as its currency is concerned.
 *
 * @param sentence the figure's sentence
 * @param paragraph the figure's paragraph (contains the sentence)
 * @param paragraphCurrencies ISO codes of the explicit currency markers of the paragraph's other money figures,
 *     in text order
 * @param dateline the article's dateline place, or null
 * @param articleText the whole article (outlets are recognised from credit and disclaimer lines)
 */
public record CurrencyContext(
    String sentence, String paragraph, List<String> paragraphCurrencies, String dateline, String articleText) {
  public CurrencyContext {
    paragraphCurrencies = List.copyOf(paragraphCurrencies);
  }
}
