package org.newsfigures.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Reads whether a figure states a change: a verb or adverb before it ("fell by 10.4 percent", "up 5%"),
 * hedges and "by" allowed between, or a noun right after it ("a 5% drop"). Words: {@code change_words.csv}.
 */
final class ChangeDirectionReader {
  private static final Set<String> MAKE = Set.of("make", "makes", "made", "making");
  private final Map<String, Direction> before;
  private final Map<String, Direction> after;

  private ChangeDirectionReader(Map<String, Direction> before, Map<String, Direction> after) {
    this.before = Map.copyOf(before);
    this.after = Map.copyOf(after);
  }

  static ChangeDirectionReader fromReference() {
    Map<String, Direction> before = new HashMap<>();
    Map<String, Direction> after = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("change_words")) {
      Map<String, Direction> side = row.get("position").equals("before") ? before : after;
      side.put(row.get("word"), Direction.valueOf(row.get("direction")));
    }
    return new ChangeDirectionReader(before, after);
  }

  /** True for a word that, written before a figure, states a change ("rose", "cut", "down"). */
  boolean isChangeWord(String lowerCaseWord) {
    return before.containsKey(lowerCaseWord);
  }

  /**
   * @param hedgeFirst first token of the figure's hedge, or of the figure when it has none
   * @param last the figure's last token
   */
  Direction read(List<Token> t, int hedgeFirst, int last) {
    int k = hedgeFirst - 1;
    if (k >= 0 && t.get(k).isWord("by")) {
      k--;
    }
    // "made up 71.9%", "make up half": a share, not a rise.
    boolean madeUp = k >= 1 && t.get(k).isWord("up") && MAKE.contains(t.get(k - 1).lower());
    if (k >= 0 && t.get(k).isWord() && !madeUp) {
      Direction d = before.get(t.get(k).lower());
      if (d != null) {
        return d;
      }
    }
    int a = last + 1;
    return a < t.size() && t.get(a).isWord() ? after.get(t.get(a).lower()) : null;
  }
}
