package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.ClauseSplitter;

/** What happened to a tariff ("retaliated" → retaliatory), from seeds/reference/tariff_actions.csv. */
public final class TariffActions {
  private final PhraseTable<String> phrases;

  private TariffActions(Map<String, String> statusByPhrase) {
    this.phrases = new PhraseTable<>(statusByPhrase, false);
  }

  public static TariffActions fromReference() {
    return new TariffActions(
        ReferenceCsv.rows("tariff_actions").stream().collect(Collectors.toMap(r -> r.get("phrase"), r -> r.get("status"))));
  }

  /**
   * The status the phrase nearest before {@code at} in the same clause gives (a phrase touching or overlapping
   * {@code at}, like "retaliatory tariffs", counts); null when the clause says nothing.
   */
  public String statusBefore(String sentence, int at) {
    int[] clause = ClauseSplitter.ACTORS.around(sentence, at);
    return phrases.find(sentence).stream()
        .filter(p -> p.start() >= clause[0] && p.start() <= at)
        .max(Comparator.comparingInt(PhraseMatch::start))
        .map(PhraseMatch::value)
        .orElse(null);
  }
}
