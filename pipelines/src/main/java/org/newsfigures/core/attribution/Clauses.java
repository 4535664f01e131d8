package org.newsfigures.core.attribution;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause bounds inside a sentence. A clause is where one government acts: "Ottawa imposed a 25 per cent duty …,
 * while Beijing responded with …" holds two, and the imposer of each rate is found in its own clause.
 */
final class Clauses {
  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)(?:;\\s*|,?\\s+(?:while|whereas|when|after|but)\\s+)");

  /**
   * A sentence end inside the text, for sentences an upstream splitter left joined ("… in 2024. Meanwhile, …"): end
   * punctuation after a lowercase letter, digit, % or ")" and before a capital, so "U.S. President" does not end one.
   */
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{Ll}\\p{N}%)][.!?])\\s+(?=\\p{Lu})");

  private Clauses() {}

  /** [start, end) of the sentence holding position {@code at}, when {@code text} holds several. */
  static int[] sentenceAround(String text, int at) {
    return spanAround(SENTENCE_END, text, at);
  }

  /** [start, end) of the clause holding position {@code at}. */
  static int[] around(String sentence, int at) {
    int[] own = sentenceAround(sentence, at);
    int[] clause = spanAround(BOUNDARY, sentence, at);
    return new int[] {Math.max(own[0], clause[0]), Math.min(own[1], clause[1])};
  }

  private static int[] spanAround(Pattern boundary, String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    Matcher m = boundary.matcher(sentence);
    while (m.find()) {
      if (m.end() <= at) {
        start = m.end();
      } else if (m.start() >= at) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }
}
