package org.newsfigures.core.currency;

import java.util.Set;

/**
 * What one sentence or paragraph says about its figures' currency, read once for all of them by {@link
 * CurrencyResolver#textEvidence}.
 *
 * @param named the currency it says its figures are in ("in Canadian dollars"), or null
 * @param namedBy the words that say so, or null
 * @param source the data source it cites, or null
 * @param sourceCurrency the currency that source publishes in, or null
 * @param currencyWords the words it uses that select a sign's other reading ("yuan" makes "¥" the yuan)
 */
public record TextEvidence(String named, String namedBy, String source, String sourceCurrency, Set<String> currencyWords) {
  public static final TextEvidence NONE = new TextEvidence(null, null, null, null, Set.of());

  public TextEvidence {
    currencyWords = Set.copyOf(currencyWords);
  }
}
