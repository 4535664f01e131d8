package org.newsfigures.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides when a fraction states a share, which makes it a percent figure: "half of U.S. imports" (50%),
 * "two-thirds of its exports", "fell by a quarter", "by more than half", "a third less than", "half the
 * market", "one in three Canadians". Not "the first half of 2025", "the southern half of the country",
 * "half an hour", or a fraction that counts nothing.
 */
final class SpelledShares {
  /** Words before a fraction that make it a period or a part of a list, not a share: "the second half". */
  private static final Set<String> POSITIONS = Set.of(
      "first", "second", "third", "fourth", "last", "final", "latter", "former", "other", "back", "front",
      "top", "bottom", "upper", "lower", "next", "previous");
  private static final Set<String> PART_DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "my", "your");
  /** Nouns after "of" that make the fraction a stretch of time: "half of the year", "a quarter of 2025". */
  private static final Set<String> PERIODS = Set.of(
      "year", "years", "decade", "century", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
      "season", "term", "game", "match", "inning", "session");
  private static final Set<String> DETERMINERS_AFTER_OF = Set.of("the", "a", "an", "this", "that", "last", "next");
  /** "half the market", "a third its size": a share written without "of". */
  private static final Set<String> POSSESSORS = Set.of("the", "its", "their", "his", "her", "our", "all");
  private static final Set<String> COMPARATIVES = Set.of(
      "less", "more", "fewer", "cheaper", "lower", "higher", "smaller", "larger", "bigger");

  private final HedgeReader hedges;

  SpelledShares(HedgeReader hedges) {
    this.hedges = hedges;
  }

  /** True when the fraction {@code n} (a spelled one, or a quotient such as "1 in 5") is a share. */
  boolean isShare(List<Token> t, NumberSpan n) {
    if (!n.fraction() || n.value() <= 0 || n.value() >= 1) {
      return false;
    }
    if (isQuotientShare(t, n)) {
      return true;
    }
    if (!n.spelled() || isPart(t, n.first())) {
      return false;
    }
    int next = n.last() + 1;
    if (next < t.size() && t.get(next).isWord()) {
      String w = t.get(next).lower();
      if (w.equals("a") || w.equals("an")) {
        return false; // "half an hour", "half a day"
      }
      if (w.equals("of")) {
        return !isPeriod(t, next + 1);
      }
      if (POSSESSORS.contains(w) || COMPARATIVES.contains(w)) {
        return true;
      }
    }
    int by = hedges.read(t, n.first()).first() - 1; // "by more than half"
    return by >= 0 && t.get(by).isWord("by");
  }

  /**
   * "the second half", "the southern half of the country", "its other half": a fraction after a determiner,
   * with at most one word between, names a part, not a share.
   */
  private static boolean isPart(List<Token> t, int first) {
    if (first == 0) {
      return false;
    }
    Token before = t.get(first - 1);
    if (POSITIONS.contains(before.lower()) || PART_DETERMINERS.contains(before.lower())) {
      return true;
    }
    return first >= 2 && before.isWord() && PART_DETERMINERS.contains(t.get(first - 2).lower());
  }

  /** "one in three", "1 out of 5": a proportion of a group. */
  private static boolean isQuotientShare(List<Token> t, NumberSpan n) {
    for (int k = n.first() + 1; k < n.last(); k++) {
      if (t.get(k).isWord("in") || t.get(k).isWord("out")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPeriod(List<Token> t, int k) {
    while (k < t.size() && DETERMINERS_AFTER_OF.contains(t.get(k).lower())) {
      k++;
    }
    if (k >= t.size()) {
      return true; // "of" ends the sentence: nothing the fraction is a share of
    }
    Token tok = t.get(k);
    return tok.isNumeral() && tok.number() >= 1900 && tok.number() <= 2099 || PERIODS.contains(tok.lower());
  }
}
