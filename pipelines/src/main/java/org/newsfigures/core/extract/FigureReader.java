package org.newsfigures.core.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads what one number states from the words around it: money (a currency marker before or after it),
 * a percent, percentage points, a duration ("four-day", "10 years"), a multiplier ("two-fold"), or a
 * plain count. Hedges, directions, ranges and non-figures are other classes' jobs.
 */
final class FigureReader {
  private static final Map<String, String> DURATION_UNITS = Map.ofEntries(
      Map.entry("minute", "minute"), Map.entry("minutes", "minute"), Map.entry("hour", "hour"),
      Map.entry("hours", "hour"), Map.entry("day", "day"), Map.entry("days", "day"), Map.entry("week", "week"),
      Map.entry("weeks", "week"), Map.entry("month", "month"), Map.entry("months", "month"),
      Map.entry("year", "year"), Map.entry("years", "year"), Map.entry("decade", "decade"),
      Map.entry("decades", "decade"));

  /** "6pc", "5pct": percent abbreviations that may touch the number (British papers write "6pc"). */
  static final Set<String> GLUED_PERCENT_WORDS = Set.of("pc", "pct");

  private final CurrencyAliases currencies;
  private final MoneyHomographs homographs = new MoneyHomographs();
  private final SpelledShares shares;

  FigureReader(CurrencyAliases currencies, HedgeReader hedges) {
    this.currencies = currencies;
    this.shares = new SpelledShares(hedges);
  }

  /** The figure stated by {@code numbers.get(index)}; a unitless number is a COUNT (filtered later). */
  ParsedFigure read(String text, List<Token> t, List<NumberSpan> numbers, int index) {
    NumberSpan n = numbers.get(index);
    ParsedFigure percentOf = percentOf(t, n);
    if (percentOf != null) {
      return percentOf;
    }
    CurrencyMatch before = currencies.matchBefore(text, t, n.first());
    if (before != null && (!before.alias().strict() || moneyShaped(t, n))) {
      Amount amount = withCents(text, t, numbers, index, new Amount(n.value() * before.scale(), n.last()), true);
      return new ParsedFigure(before.first(), amount.last(), FigureKind.MONEY, amount.value(), null, null,
          marker(text, t, before), n);
    }
    int k = n.last() + 1;
    if (k >= t.size()) {
      return unitless(t, n);
    }
    Token next = t.get(k);
    if (isPercentSign(t, k)) {
      return new ParsedFigure(n.first(), k, FigureKind.PERCENT, n.value(), null, null, null, n);
    }
    boolean hyphenated = next.isSymbol('-') && t.get(n.last()).touches(next) && k + 1 < t.size()
        && next.touches(t.get(k + 1)) && t.get(k + 1).isWord();
    if (next.isWord() || hyphenated) { // "75 percent", "a 100-per-cent surtax"
      ParsedFigure percent = percentWords(t, n, hyphenated ? k + 1 : k);
      if (percent != null) {
        return percent;
      }
    }
    CurrencyMatch after = currencies.matchAfter(text, t, k);
    if (after != null && (!after.alias().strict() || moneyShaped(t, n)) && homographs.isMoney(t, n, after)) {
      return moneyWithMarkerAfter(text, t, numbers, index, after);
    }
    Token unitWord = hyphenated ? t.get(k + 1) : next;
    if (unitWord.isWord()) {
      String unit = DURATION_UNITS.get(unitWord.lower());
      int unitAt = hyphenated ? k + 1 : k;
      if (unit != null) {
        boolean age = hyphenated && unitAt + 2 < t.size() && t.get(unitAt + 1).isSymbol('-')
            && t.get(unitAt + 2).isWord("old");
        return age ? null : new ParsedFigure(n.first(), unitAt, FigureKind.DURATION, n.value(), null, unit, null, n);
      }
      if (unitWord.isWord("fold")) {
        return new ParsedFigure(n.first(), unitAt, FigureKind.MULTIPLIER, n.value(), null, null, null, n);
      }
    }
    if (hyphenated) {
      return null; // "two-way", "one-time": the number is part of an adjective
    }
    return unitless(t, n);
  }

  /** A number with no unit: a share ("two-thirds of its exports") is a percent, anything else a count. */
  private ParsedFigure unitless(List<Token> t, NumberSpan n) {
    return shares.isShare(t, n)
        ? new ParsedFigure(n.first(), n.last(), FigureKind.PERCENT, n.value() * 100, null, null, null, n)
        : count(n);
  }

  /**
   * An amount a bare code only ICU4J lists may mark: with a scale word, decimals or grouping ("SAR 37.5
   * billion", "QAR 1,200"), unlike the numbers of names and headlines ("AMD 7950", "TOP 10").
   */
  private static boolean moneyShaped(List<Token> t, NumberSpan n) {
    String digits = t.get(n.first()).lower();
    return n.scale() > 1 || digits.indexOf('.') >= 0 || digits.indexOf(',') >= 0;
  }

  private static ParsedFigure count(NumberSpan n) {
    return new ParsedFigure(n.first(), n.last(), FigureKind.COUNT, n.value(), null, null, null, n);
  }

  /** "%" not followed by a hex digit (a URL escape such as "%20" is no percent). */
  private static boolean isPercentSign(List<Token> t, int k) {
    if (!t.get(k).isSymbol('%')) {
      return false;
    }
    return k + 1 >= t.size() || !t.get(k).touches(t.get(k + 1)) || t.get(k + 1).kind() == TokenKind.SYMBOL;
  }

  /** "75 percent", "100 percentage", "25 per cent", "3 pct", "3 percentage points", "25 basis points" (0.25 points). */
  private static ParsedFigure percentWords(List<Token> t, NumberSpan n, int k) {
    String w = t.get(k).lower();
    boolean pointsNext = k + 1 < t.size() && (t.get(k + 1).isWord("points") || t.get(k + 1).isWord("point"));
    if (w.equals("percentage") && pointsNext) {
      return new ParsedFigure(n.first(), k + 1, FigureKind.PERCENTAGE_POINTS, n.value(), null, null, null, n);
    }
    boolean glued = t.get(n.last()).touches(t.get(k));
    if (isPercentWord(w) || glued && GLUED_PERCENT_WORDS.contains(w)) {
      return new ParsedFigure(n.first(), k, FigureKind.PERCENT, n.value(), null, null, null, n);
    }
    if (w.equals("basis") && pointsNext) { // 100 basis points = 1 percentage point
      return new ParsedFigure(n.first(), k + 1, FigureKind.PERCENTAGE_POINTS, n.value() / 100, null, null, null, n);
    }
    int cent = k + 1 < t.size() && t.get(k + 1).isSymbol('-') && t.get(k).touches(t.get(k + 1)) ? k + 2 : k + 1;
    if (w.equals("per") && cent < t.size() && t.get(cent).isWord("cent")) { // "per cent", "per-cent"
      return new ParsedFigure(n.first(), cent, FigureKind.PERCENT, n.value(), null, null, null, n);
    }
    return null;
  }

  static boolean isPercentWord(String w) {
    return w.equals("percent") || w.equals("percents") || w.equals("pct") || w.equals("percentage")
        || w.equals("percentages");
  }

  /**
   * "percent of 10", "per cent of twenty-two": a percent word with no number of its own, then "of" and a
   * number that quantifies nothing after it.
   */
  private static ParsedFigure percentOf(List<Token> t, NumberSpan n) {
    int of = n.first() - 1;
    if (of < 1 || !t.get(of).isWord("of") || (n.last() + 1 < t.size() && t.get(n.last() + 1).isWord())) {
      return null;
    }
    int word = of - 1;
    if (t.get(word).isWord("cent") && word >= 1 && t.get(word - 1).isWord("per")) {
      word--;
    } else if (!isPercentWord(t.get(word).lower())) {
      return null;
    }
    if (word > 0 && (t.get(word - 1).isNumeral() || NumberWords.cardinal(t.get(word - 1).lower()) >= 0)) {
      return null;
    }
    return new ParsedFigure(word, n.last(), FigureKind.PERCENT, n.value(), null, null, null, n);
  }

  /**
   * "5 million USD", "75 USD million", "470 pence" (stored as 4.70), "3 dollars 50 cents",
   * "thirteen dollars and forty-five cents" (13.45).
   */
  private ParsedFigure moneyWithMarkerAfter(String text, List<Token> t, List<NumberSpan> numbers, int index,
      CurrencyMatch after) {
    NumberSpan n = numbers.get(index);
    CurrencyAlias alias = after.alias();
    double value = n.value() * after.scale();
    int last = after.last();
    if (alias.form() == CurrencyAlias.Form.CODE && last + 1 < t.size() && t.get(last + 1).isWord()) {
      double scale = NumberWords.scale(t.get(last + 1).lower());
      if (scale > 100) {
        value *= scale;
        last++;
      }
    }
    if (alias.isSubunit()) {
      value /= alias.subunitsPerUnit();
    } else if (alias.form() == CurrencyAlias.Form.NAME) {
      Amount amount = withCents(text, t, numbers, index, new Amount(value, last), false);
      value = amount.value();
      last = amount.last();
    }
    return new ParsedFigure(n.first(), last, FigureKind.MONEY, value, null, null, marker(text, t, after), n);
  }

  /** A money value and the last token it spans. */
  private record Amount(double value, int last) {}

  /**
   * Adds the cents written after a money amount: "3 dollars 50 cents", "thirteen dollars and forty-five
   * cents", "15 dollars 50", "C$ 100 and fifty". The cents are a whole number 1–99 that counts nothing
   * else (no noun after it); after a symbol they need "and" ("$100 50" is two numbers).
   */
  private Amount withCents(String text, List<Token> t, List<NumberSpan> numbers, int index, Amount amount,
      boolean andRequired) {
    if (index + 1 >= numbers.size()) {
      return amount;
    }
    boolean and = amount.last() + 1 < t.size() && t.get(amount.last() + 1).isWord("and");
    if (andRequired && !and) {
      return amount;
    }
    NumberSpan cents = numbers.get(index + 1);
    double c = cents.value();
    if (cents.first() != amount.last() + (and ? 2 : 1) || c < 1 || c >= 100 || c != Math.rint(c)) {
      return amount;
    }
    int after = cents.last() + 1;
    CurrencyMatch subunit = after < t.size() ? currencies.matchAfter(text, t, after) : null;
    if (subunit != null && subunit.alias().isSubunit()) {
      return new Amount(amount.value() + c / subunit.alias().subunitsPerUnit(), subunit.last());
    }
    boolean countsNothing = after >= t.size() || !t.get(after).isWord() || t.get(after).isWord("and");
    return subunit == null && countsNothing ? new Amount(amount.value() + c / 100, cents.last()) : amount;
  }

  private static CurrencyMarker marker(String text, List<Token> t, CurrencyMatch m) {
    return m.alias().marker(text.substring(t.get(m.first()).start(), t.get(m.last()).end()));
  }
}
