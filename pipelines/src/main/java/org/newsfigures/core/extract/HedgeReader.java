package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfigures.core.reference.ReferenceCsv;

/** Reads the hedge written directly before a figure ("about", "more than", "up to"), from {@code hedges.csv}. */
final class HedgeReader {

  /** A hedge found: where it starts and what it states. */
  record Hedge(int first, Qualifier qualifier) {}

  private record Phrase(String[] words, Qualifier qualifier) {}

  private final List<Phrase> phrases; // longest first, so "no more than" wins over "more than"

  private HedgeReader(List<Phrase> phrases) {
    this.phrases = List.copyOf(phrases);
  }

  static HedgeReader fromReference() {
    List<Phrase> phrases = new ArrayList<>();
    for (Map<String, String> row : ReferenceCsv.rows("hedges")) {
      phrases.add(new Phrase(row.get("phrase").toLowerCase(Locale.ROOT).split(" "),
          Qualifier.valueOf(row.get("qualifier"))));
    }
    phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
    return new HedgeReader(phrases);
  }

  /** The hedge whose last word is the token before {@code figureAt}; EXACT starting at the figure when none. */
  Hedge read(List<Token> t, int figureAt) {
    for (Phrase p : phrases) {
      int from = figureAt - p.words().length;
      if (from >= 0 && matches(t, from, p.words())) {
        return new Hedge(from, p.qualifier());
      }
    }
    return new Hedge(figureAt, Qualifier.EXACT);
  }

  private static boolean matches(List<Token> t, int from, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!t.get(from + k).isWord(words[k])) {
        return false;
      }
    }
    return true;
  }
}
