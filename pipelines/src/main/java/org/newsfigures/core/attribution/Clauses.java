package org.newsfigures.core.attribution;

import static org.newsfigures.core.text.StartCharPattern.anyCase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Clause bounds inside a sentence. A clause is where one government acts: "Ottawa imposed a 25 per cent duty …,
 * while Beijing responded with …" holds two, and the imposer of each rate is found in its own clause.
 */
final class Clauses {
  /** What {@code \s} matches: where a match that opens with whitespace may start. */
  private static final List<String> WHITESPACE = List.of(" ", "\t", "\n", "\u000B", "\f", "\r");

  private static final List<String> CONNECTIVES =
      List.of("while", "whereas", "when", "after", "but", "before", "since", "although", "though", "because");
  private static final StartCharPattern BOUNDARY =
      StartCharPattern.compile(
          "(?i)(?:;\\s*|,?\\s+(?:" + String.join("|", CONNECTIVES) + ")\\s+)", boundaryBeginnings());

  /**
   * A sentence end inside the text, for sentences an upstream splitter left joined ("… in 2024. Meanwhile, …"): end
   * punctuation after a lowercase letter, digit, % or ")" and before a capital, so "U.S. President" does not end one.
   */
  private static final StartCharPattern SENTENCE_END =
      StartCharPattern.compile("(?<=[\\p{Ll}\\p{N}%)][.!?])\\s+(?=\\p{Lu})", WHITESPACE).onlyAfter(".!?");

  private Clauses() {}

  /** How a boundary begins: ";", "," then a space, or a space then another or a connective. */
  private static List<String> boundaryBeginnings() {
    List<String> beginnings = new ArrayList<>(List.of(";"));
    for (String space : WHITESPACE) {
      beginnings.add("," + space);
      WHITESPACE.forEach(next -> beginnings.add(space + next));
      beginnings.addAll(anyCase(CONNECTIVES.stream().map(connective -> space + connective).toList()));
    }
    return beginnings;
  }

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

  private static int[] spanAround(StartCharPattern boundary, String sentence, int at) {
    int start = 0;
    int end = sentence.length();
    StartCharPattern.Scan scan = boundary.scan(sentence);
    while (scan.find()) {
      Matcher m = scan.match();
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
