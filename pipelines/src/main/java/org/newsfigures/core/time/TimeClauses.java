package org.newsfigures.core.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Clause bounds as time reads them. A clause keeps its own period: "Imports rose 3% in 2024; exports fell" holds two.
 * Clauses end at ";", at a comma before a conjunction that starts another clause ("…, and as of 2024, 100,000 …",
 * "…, as a 15% tariff weighed"), and before a conjunction opening a clause about another event ("… in 2024 before
 * Trump raised tariffs to 50% this year"; a capital after the conjunction marks the clause, a month excepted). A conjunction before a participle continues the clause ("…, while
 * exporting just $8.6 billion"): the participle shares its period. A relative clause between commas (", which
 * reached $16.4 billion in 2024,") is a clause of its own.
 *
 * <p>{@code core.attribution.Clauses} splits where one government acts, not where one period holds ("…, and" is no
 * boundary there), so time keeps its own bounds.
 */
final class TimeClauses {
  private static final String MONTH_NAMES = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
  /** A relative clause that closes before the end of the text it is looked for in. */
  private static final Pattern CLOSED_RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who|\\w+ed\\s+by)\\b[^,;]*(?=[,;])");
  /**
   * Opens a clause about another event: "before Trump raised", "since Trudeau visited". A "when" clause tells what
   * happened at the same time ("in 2024 when Ottawa imposed a 100% tariff"), so it does not.
   */
  private static final String SUBORDINATOR = "(?:before|after|because|until|once|since)";
  private static final Pattern BOUNDARY =
      Pattern.compile(
          ";|,\\s+(?:and|but|while|whereas|although|though|yet|as|with)\\b(?!\\s+\\w+ing\\b|\\s+(?:well|much|many|of|part)\\b)"
              + "|\\s" + SUBORDINATOR + "\\s+(?=\\p{Lu})(?!" + MONTH_NAMES + ")");
  private static final Pattern SUBORDINATOR_BEFORE = Pattern.compile(SUBORDINATOR + "\\s+$");
  /** ", which reached $16.4 billion in 2024,", ", launched by Canada last October,". */
  private static final Pattern RELATIVE_CLAUSE = Pattern.compile(",\\s+(?:which|who|\\w+ed\\s+by)\\b[^,;]*(?=[,;]|$)");
  /** Words that put a clause in the future: a month it names is the next one. */
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(?:will|would|shall|expects?|expected|due(?!\\s+to\\b)|scheduled|set to|plans?|planned|could|(?-i:may)"
              + "|might|to be)\\b|'ll\\b",
          Pattern.CASE_INSENSITIVE);

  private TimeClauses() {}

  /** [start, end) of the clause holding [from, to). */
  static int[] around(String text, int from, int to) {
    Matcher relative = RELATIVE_CLAUSE.matcher(text);
    while (relative.find()) {
      if (relative.start() <= from && to <= relative.end()) {
        return new int[] {relative.start(), relative.end()};
      }
    }
    int start = 0;
    int end = text.length();
    Matcher boundary = BOUNDARY.matcher(text);
    while (boundary.find()) {
      if (boundary.end() <= from) {
        start = boundary.end();
      } else if (boundary.start() >= to) {
        end = boundary.start();
        break;
      }
    }
    return new int[] {start, end};
  }

  /** The text of [from, to) with the relative clauses in it left out. */
  static String withoutRelativeClauses(String text, int from, int to) {
    return CLOSED_RELATIVE_CLAUSE.matcher(text.substring(from, to)).replaceAll(",");
  }

  /** Whether [from, to) lies in a relative clause other than the one holding [figureStart, figureEnd). */
  static boolean inOtherRelativeClause(String text, int from, int to, int figureStart, int figureEnd) {
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

  /**
   * Whether the clause holding [from, to) tells another event, opened by a conjunction ("since Trudeau visited
   * Beijing in December 2017"): its period is when that happened, not a period the article goes on with.
   */
  static boolean inEventClause(String text, int from, int to) {
    int[] clause = around(text, from, to);
    return SUBORDINATOR_BEFORE.matcher(text.substring(0, clause[0])).find();
  }

  /** Whether the clause holding position {@code at} speaks of the future. */
  static boolean future(String text, int at) {
    int[] clause = around(text, at, at);
    return FUTURE.matcher(text).region(clause[0], clause[1]).find();
  }
}
