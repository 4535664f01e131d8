package org.newsfigures.core.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Reads whether a figure states a change: a verb or adverb before it ("fell by 10.4 percent", "up 5%"), hedges and
 * "by" or "by between" allowed between, a verb before its object and "by" ("cut tariffs on canola by 50 points"), a noun
 * of change and "of" ("a drop of 84 per cent"), a verb and "at" ("growing at 9 per cent"), or a word right after it ("a 5% drop", "31% more than"). Words: {@code change_words.csv}.
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
    if (k >= 0 && t.get(k).isWord("between")) {
      k--; // "by between 0.3 and 0.6 percentage points"
    }
    if (k >= 0 && t.get(k).isWord("by")) {
      k--;
      // "cut Chinese tariffs on canola by 50 to 60 percentage points": the verb may stand before its object.
      int verb = verbBeforeObject(t, k);
      if (verb >= 0) {
        return before.get(t.get(verb).lower());
      }
    }
    // "a drop of 84 per cent", "growth of 5%", "growing at 9 per cent a year": the change's noun or verb, then "of" or "at".
    if (k >= 1 && (t.get(k).isWord("of") || t.get(k).isWord("at")) && t.get(k - 1).isWord()) {
      String word = t.get(k - 1).lower();
      Direction d = t.get(k).isWord("of") ? after.getOrDefault(word, before.get(word)) : before.get(word);
      if (d != null) {
        return d;
      }
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

  /** How many words an object between a verb of change and its "by" may have ("lift food exports to the EU by"). */
  private static final int OBJECT_WORDS = 8;

  /**
   * The verb of change before the object that ends at token {@code k}, the token before "by": at most {@value
   * #OBJECT_WORDS} words back, with no number or clause punctuation between; -1 when there is none, or when the
   * word right before "by" is itself a change word (read as usual).
   */
  private int verbBeforeObject(List<Token> t, int k) {
    if (k < 0 || !t.get(k).isWord() || before.containsKey(t.get(k).lower())) {
      return -1;
    }
    int words = 0;
    for (int j = k; j >= 0 && words <= OBJECT_WORDS; j--) {
      Token token = t.get(j);
      if (token.isWord()) {
        if (j < k && before.containsKey(token.lower())) {
          return j;
        }
        words++;
      } else if (!(token.kind() == TokenKind.SYMBOL && ".-'’&".indexOf(token.lower().charAt(0)) >= 0)) {
        return -1;
      }
    }
    return -1;
  }
}
