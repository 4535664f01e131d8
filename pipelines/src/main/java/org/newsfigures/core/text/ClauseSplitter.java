package org.newsfigures.core.text;

import static org.newsfigures.core.text.StartCharPattern.anyCase;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause bounds inside a sentence: the one place the project splits sentences into clauses. A clause is the span
 * between the boundaries before and after a position; what counts as a boundary depends on what the clause is for,
 * and the two readers differ, so each has its rule:
 *
 * <ul>
 *   <li>{@link #ACTORS}, for attribution: where one government acts. "Ottawa imposed a 25 per cent duty …, while
 *       Beijing responded with …" holds two, and the imposer of each rate is found in its own clause. Boundaries:
 *       ";" and a connective ("while", "when", "after", "because", …, in any case, with or without a comma
 *       before); a clause also ends at a sentence end an upstream splitter left inside the text ({@link
 *       #sentenceAround}).
 *   <li>{@link #PERIODS}, for time: where one period holds. "Imports rose 3% in 2024; exports fell" holds two.
 *       Boundaries: ";", a comma before a conjunction that starts another clause ("…, and as of 2024, 100,000 …",
 *       "…, as a 15% tariff weighed"; but a conjunction before a participle continues the clause: "…, while
 *       exporting just $8.6 billion" shares its period), and a conjunction opening a clause about another event
 *       ({@link #EVENT_CONJUNCTIONS}: "… in 2024 before Trump raised tariffs"; a capital after it marks the
 *       clause, a month excepted). A relative clause between commas (", which reached $16.4 billion in 2024,") is
 *       a clause of its own. "…, and" is no boundary for attribution: one government may act twice in a sentence.
 * </ul>
 *
 * <p>Immutable and safe to share between threads.
 *
 * @param boundary what ends a clause
 * @param endsAtSentenceEnds whether a sentence end left inside the text ends a clause too
 * @param relativeClausesApart whether a relative clause between commas is a clause of its own
 */
public record ClauseSplitter(StartCharPattern boundary, boolean endsAtSentenceEnds, boolean relativeClausesApart) {
  /** What {@code \s} matches: where a match that opens with whitespace may start. */
  private static final List<String> WHITESPACE = List.of(" ", "\t", "\n", "\u000B", "\f", "\r");

  private static final List<String> CONNECTIVES =
      List.of("while", "whereas", "when", "after", "but", "before", "since", "although", "though", "because");
  /**
   * Participles that open a clause about a consequence, with its own measure: "Imports rose 2.3% to £431bn, widening
   * the trade deficit to £73bn".
   */
  private static final String CONSEQUENCES =
      "widening|narrowing|lifting|leaving|bringing|pushing|pulling|raising|lowering|cutting|taking|making|dragging";
  private static final StartCharPattern ACTOR_BOUNDARY =
      StartCharPattern.compile(
          "(?i)(?:;\\s*|,?\\s+(?:" + String.join("|", CONNECTIVES) + ")\\s+"
              + "|,\\s+(?=(?-i:" + CONSEQUENCES + ")\\s))", actorBoundaryBeginnings());

  /**
   * Conjunctions that open a clause about another event: "before Trump raised", "since Trudeau visited". A "when"
   * clause tells what happened at the same time ("in 2024 when Ottawa imposed a 100% tariff"), so it is not one.
   */
  public static final List<String> EVENT_CONJUNCTIONS = List.of("before", "after", "because", "until", "once", "since");
  private static final String MONTH_NAMES = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  private static final StartCharPattern PERIOD_BOUNDARY =
      StartCharPattern.compile(
          ";|,\\s+(?:and|but|while|whereas|although|though|yet|as|with)\\b"
              + "(?!\\s+\\w+ing\\b(?!['’])|\\s+(?:well|much|many|of|part)\\b)"
              + "|\\s(?:" + String.join("|", EVENT_CONJUNCTIONS) + ")\\s+(?=\\p{Lu})(?!" + MONTH_NAMES + ")",
          periodBoundaryBeginnings());

  /**
   * A sentence end inside the text, for sentences an upstream splitter left joined ("… in 2024. Meanwhile, …"): end
   * punctuation after a lowercase letter, digit, % or ")" and before a capital, so "U.S. President" does not end one.
   */
  private static final StartCharPattern SENTENCE_END =
      StartCharPattern.compile("(?<=[\\p{Ll}\\p{N}%)][.!?])\\s+(?=\\p{Lu})", WHITESPACE).onlyAfter(".!?");

  /**
   * ", which reached $16.4 billion in 2024,", ", whose carmakers sell a third of their cars in China,", ", launched by
   * Canada last October,", and an appositive of worth: ", worth about $40bn last year,".
   */
  private static final Pattern RELATIVE_CLAUSE =
      Pattern.compile(",\\s+(?:which|who|whose|worth|\\w+ed\\s+by)\\b[^,;]*(?=[,;]|$)");
  /** A relative clause that closes before the end of the text it is looked for in. */
  private static final Pattern CLOSED_RELATIVE_CLAUSE =
      Pattern.compile(",\\s+(?:which|who|whose|worth|\\w+ed\\s+by)\\b[^,;]*(?=[,;])");

  /** Where one government acts: attribution's clauses. */
  public static final ClauseSplitter ACTORS = new ClauseSplitter(ACTOR_BOUNDARY, true, false);
  /** Where one period holds: time's clauses. */
  public static final ClauseSplitter PERIODS = new ClauseSplitter(PERIOD_BOUNDARY, false, true);

  /** [start, end) of the clause holding position {@code at}. */
  public int[] around(String text, int at) {
    return around(text, at, at);
  }

  /** [start, end) of the clause holding [from, to). */
  public int[] around(String text, int from, int to) {
    if (relativeClausesApart) {
      Matcher relative = RELATIVE_CLAUSE.matcher(text);
      while (relative.find()) {
        if (relative.start() <= from && to <= relative.end()) {
          return new int[] {relative.start(), relative.end()};
        }
      }
    }
    int[] clause = spanBetween(boundary, text, from, to);
    if (!endsAtSentenceEnds) {
      return clause;
    }
    int[] sentence = spanBetween(SENTENCE_END, text, from, to);
    return new int[] {Math.max(sentence[0], clause[0]), Math.min(sentence[1], clause[1])};
  }

  /** [start, end) of the sentence holding position {@code at}, when {@code text} holds several. */
  public static int[] sentenceAround(String text, int at) {
    return spanBetween(SENTENCE_END, text, at, at);
  }

  /** The text of [from, to) with the relative clauses in it left out. */
  public static String withoutRelativeClauses(String text, int from, int to) {
    return CLOSED_RELATIVE_CLAUSE.matcher(text.substring(from, to)).replaceAll(",");
  }

  /** Whether [from, to) lies in a relative clause other than the one holding [figureStart, figureEnd). */
  public static boolean inOtherRelativeClause(String text, int from, int to, int figureStart, int figureEnd) {
    Matcher relative = RELATIVE_CLAUSE.matcher(text);
    while (relative.find()) {
      boolean holdsSpan = relative.start() <= from && to <= relative.end();
      boolean holdsFigure = relative.start() <= figureStart && figureEnd <= relative.end();
      if (holdsSpan && !holdsFigure) {
        return true;
      }
    }
    return false;
  }

  /** From the last boundary ending at or before {@code from} to the first starting at or after {@code to}. */
  private static int[] spanBetween(StartCharPattern boundary, String text, int from, int to) {
    int start = 0;
    int end = text.length();
    StartCharPattern.Scan scan = boundary.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      if (m.end() <= from) {
        start = m.end();
      } else if (m.start() >= to) {
        end = m.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** How an actor boundary begins: ";", "," then a space, or a space then another or a connective. */
  private static List<String> actorBoundaryBeginnings() {
    List<String> beginnings = new ArrayList<>(List.of(";"));
    for (String space : WHITESPACE) {
      beginnings.add("," + space);
      WHITESPACE.forEach(next -> beginnings.add(space + next));
      beginnings.addAll(anyCase(CONNECTIVES.stream().map(connective -> space + connective).toList()));
    }
    return beginnings;
  }

  /** How a period boundary begins: ";", "," then a space, or a space then an event conjunction (lowercase). */
  private static List<String> periodBoundaryBeginnings() {
    List<String> beginnings = new ArrayList<>(List.of(";"));
    for (String space : WHITESPACE) {
      beginnings.add("," + space);
      EVENT_CONJUNCTIONS.forEach(conjunction -> beginnings.add(space + conjunction));
    }
    return beginnings;
  }
}
