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

  private Clauses() {}

  /** [start, end) of the clause holding position {@code at}. */
  static int[] around(String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    Matcher m = BOUNDARY.matcher(sentence);
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
