package org.newsfigures.core.extract;

import java.util.List;
import java.util.Set;

/**
 * Decides which unitless numbers are not figures: years ("in 2025"), dates ("Jan. 19 to 21",
 * "13 Jan 2026"), clock times ("06:24 AM"), identifiers ("COVID-19", "F-35", "Boeing 737", "192.168.1.2"),
 * fractions on their own ("two thirds of"), and small numbers in words used as pronouns or after a
 * determiner ("one that builds", "at one point", "the two countries"). Numbers with a unit never reach it.
 */
final class NonFigureFilter {
  private static final Set<String> MONTHS = Set.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  /** Words after which a number from 1000 to 1899 is a year ("since 1867", "in late 1899"). */
  private static final Set<String> BEFORE_YEARS = Set.of(
      "in", "since", "from", "by", "until", "till", "to", "of", "late", "early", "mid", "circa", "year");

  /** A number in words after these counts something already known, it does not report a quantity. */
  private static final Set<String> DETERMINERS = Set.of(
      "the", "these", "those", "both", "its", "their", "our", "his", "her", "my", "your", "whose", "all", "any");

  private static final Set<String> RANGE_JOINERS = Set.of("to", "-", "\u2013", "through", "and", "until");

  /**
   * True when the unitless number {@code n} is not a figure.
   *
   * @param rangeStart whether {@code n} opens a range the extractor joined ("10-12 days")
   */
  boolean excludes(String text, List<Token> t, NumberSpan n, boolean rangeStart) {
    if (n.fraction()) {
      return true;
    }
    if (n.spelled()) {
      boolean bareOne = n.first() == n.last() && n.value() == 1;
      return bareOne || (n.first() > 0 && DETERMINERS.contains(t.get(n.first() - 1).lower()));
    }
    Token first = t.get(n.first());
    if (first.dotted()) {
      return true;
    }
    boolean plainInteger = n.first() == n.last() && first.isPlainInteger();
    return plainInteger && (isYear(t, n.first()) || isDateDay(t, n.first()))
        || isClockTime(t, n) || isIdentifier(text, t, n) || !rangeStart && isHyphenedOn(t, n);
  }

  private static boolean isYear(List<Token> t, int i) {
    double v = t.get(i).number();
    if (v >= 1900 && v <= 2099) {
      return true;
    }
    return v >= 1000 && v < 1900 && i > 0 && (BEFORE_YEARS.contains(t.get(i - 1).lower()) || isMonth(t, i - 1));
  }

  /** 1–31 next to a month name, or joined by "to"/"-" to such a day ("January 13 to 17", "Jan. 19 to 21"). */
  private static boolean isDateDay(List<Token> t, int i) {
    double v = t.get(i).number();
    if (v < 1 || v > 31 || !t.get(i).isPlainInteger()) {
      return false;
    }
    int before = i - 1 >= 0 && t.get(i - 1).isSymbol('.') ? i - 2 : i - 1;
    if (isMonth(t, before) || isMonth(t, i + 1)) {
      return true;
    }
    return i >= 2 && RANGE_JOINERS.contains(t.get(i - 1).lower()) && t.get(i - 2).isNumeral()
        && isDateDay(t, i - 2);
  }

  private static boolean isMonth(List<Token> t, int i) {
    return i >= 0 && i < t.size() && t.get(i).isWord() && MONTHS.contains(t.get(i).lower());
  }

  private static boolean isClockTime(List<Token> t, NumberSpan n) {
    int before = n.first() - 1;
    int after = n.last() + 1;
    if (after + 1 < t.size() && t.get(after).isSymbol(':') && t.get(after + 1).isNumeral()
        && t.get(n.last()).touches(t.get(after))) {
      return true;
    }
    if (before >= 1 && t.get(before).isSymbol(':') && t.get(before - 1).isNumeral()
        && t.get(before).touches(t.get(n.first()))) {
      return true;
    }
    if (after < t.size() && (t.get(after).isWord("am") || t.get(after).isWord("pm"))) {
      return true;
    }
    return after + 2 < t.size() && (t.get(after).isWord("a") || t.get(after).isWord("p"))
        && t.get(after + 1).isSymbol('.') && t.get(after + 2).isWord("m");
  }

  /** "COVID-19", "F-35", "#5", "Boeing 737": a name's number, not a quantity. */
  private static boolean isIdentifier(String text, List<Token> t, NumberSpan n) {
    int before = n.first() - 1;
    if (before < 0) {
      return false;
    }
    Token prev = t.get(before);
    Token first = t.get(n.first());
    if ((prev.isSymbol('-') || prev.isSymbol('#')) && prev.touches(first)) {
      return prev.isSymbol('#') || before >= 1 && t.get(before - 1).touches(prev)
          && (t.get(before - 1).isWord() || t.get(before - 1).isNumeral());
    }
    boolean modelNumber = n.first() == n.last() && first.isPlainInteger() && prev.isWord()
        && Character.isUpperCase(text.charAt(prev.start())) && !isMonth(t, before) && !startsSentence(t, before);
    return modelNumber;
  }

  /** "52-48", "110-98", "1-800-…": a number hyphened on to another that is no range is a score or an id. */
  private static boolean isHyphenedOn(List<Token> t, NumberSpan n) {
    int h = n.last() + 1;
    return h + 1 < t.size() && t.get(h).isSymbol('-') && t.get(n.last()).touches(t.get(h))
        && t.get(h).touches(t.get(h + 1)) && t.get(h + 1).isNumeral();
  }

  private static boolean startsSentence(List<Token> t, int i) {
    if (i == 0) {
      return true;
    }
    String p = t.get(i - 1).lower();
    return t.get(i - 1).kind() == TokenKind.SYMBOL && ".!?:;\"\u201C\u2014(".contains(p);
  }
}
