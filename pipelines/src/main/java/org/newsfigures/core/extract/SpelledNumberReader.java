package org.newsfigures.core.extract;

import java.util.List;

/**
 * Reads a number written in words starting at one token: "one hundred and twenty three", "twenty-five",
 * "fifty - two", "three lakh crore", "two hundred point zero three", "a dozen", "half a billion", and
 * fractions ("two thirds", "one and a half", "one hundred thirty-fifths" = 100/35).
 */
final class SpelledNumberReader {

  /** What the last word added, which decides what may follow ("twenty" may take "one"; "one" may not). */
  private enum Order { NONE, UNIT, TEEN, TENS, HUNDRED, SCALE }

  /** A fraction phrase: its value and last token. */
  private record Fraction(double value, int last) {}

  /** The number starting at token {@code i}, or null when no number word starts there. */
  NumberSpan read(List<Token> t, int i) {
    Token first = t.get(i);
    if (first.isWord("half") || first.isWord("quarter")) {
      return halfOrQuarter(t, i);
    }
    boolean article = first.isWord("a") || first.isWord("an");
    if (article ? !articleCountsAsOne(t, i + 1) : NumberWords.cardinal(first.lower()) < 0) {
      return null;
    }
    return new Composition(t, i, article).read();
  }

  /**
   * One spelled number read word by word: {@code total} holds the groups a scale word closed ("two
   * million"), {@code current} the group being built ("three hundred and six"). Built per number read.
   */
  private static final class Composition {
    private final List<Token> t;
    private final int first;
    private final boolean article;
    private double total;
    private double current;
    private double lastScale;
    private Order last;
    private boolean afterAnd;
    private int end;
    /** Set when a word ends the number with a value of its own: a fraction or a decimal. */
    private NumberSpan finished;

    Composition(List<Token> t, int first, boolean article) {
      this.t = t;
      this.first = first;
      this.article = article;
      this.current = article ? 1 : 0; // "a hundred", "a dozen"
      this.last = article ? Order.UNIT : Order.NONE;
      this.end = article ? first : -1;
    }

    NumberSpan read() {
      int k = article ? first + 1 : first;
      while (k < t.size() && finished == null && continues(k)) {
        k++;
      }
      if (finished != null) {
        return finished;
      }
      if (end < 0 || (article && end == first)) {
        return null;
      }
      return span(t, first, end, total + current, last == Order.SCALE && lastScale > 0 ? lastScale : 1, false);
    }

    /** Whether the token at {@code k} continues the number (it may also finish it). */
    private boolean continues(int k) {
      Token tok = t.get(k);
      if (tok.isSymbol('-')) {
        // "twenty-one", "fifty - two", "one-eighth", "ninety - five hundred-fifths"
        return end == k - 1 && k + 1 < t.size() && t.get(k + 1).isWord() && hyphenJoins(last, t.get(k + 1).lower());
      }
      if (!tok.isWord()) {
        return false;
      }
      String w = tok.lower();
      int c = NumberWords.cardinal(w);
      if (c >= 0) {
        return cardinal(k, c);
      }
      if (w.equals("hundred")) {
        return hundred(k);
      }
      if (NumberWords.scale(w) > 100) {
        return scale(k, NumberWords.scale(w));
      }
      if (NumberWords.isDozen(w)) {
        return dozen(k);
      }
      if (w.equals("and")) {
        return and(k);
      }
      if (w.equals("point")) {
        return point(k);
      }
      return denominator(k, w);
    }

    private boolean cardinal(int k, int c) {
      Order o = orderOf(c);
      int ordinalAt = o == Order.TENS ? unitOrdinalAfter(t, k) : -1;
      if (ordinalAt > 0 && end >= 0 && !afterAnd) {
        // "one hundred thirty-fifths" = 100/35: the tens word opens a compound denominator
        String ordinal = t.get(ordinalAt).lower();
        double numerator = total + current;
        if (!NumberWords.isPlural(ordinal) && numerator != 1) {
          return false;
        }
        finished = fraction(t, first, ordinalAt, numerator / (c + NumberWords.unitDenominator(ordinal)));
        return true;
      }
      if (!follows(last, o)) {
        return false;
      }
      current += c;
      last = o;
      return took(k);
    }

    private boolean hundred(int k) {
      if (end < 0 || current == 0 || last == Order.HUNDRED || last == Order.SCALE) {
        return false;
      }
      current *= 100;
      last = Order.HUNDRED;
      return took(k);
    }

    private boolean scale(int k, double s) {
      if (end < 0 || afterAnd) {
        return false;
      }
      if (current == 0 && last == Order.SCALE) {
        total *= s; // "three lakh crore", "a thousand million"
      } else if (current > 0 && (lastScale == 0 || s < lastScale)) {
        total += current * s;
        current = 0;
      } else {
        return false; // "two thousand three million" is two numbers
      }
      lastScale = s;
      last = Order.SCALE;
      return took(k);
    }

    private boolean dozen(int k) { // "a dozen", "three dozens"
      if (end < 0) {
        return false;
      }
      current *= 12;
      last = Order.SCALE;
      return took(k);
    }

    /** "and" continues with a smaller number ("two thousand and two") or ends with a fraction ("and a half"). */
    private boolean and(int k) {
      if (end != k - 1 || afterAnd) {
        return false;
      }
      Fraction f = fractionPhrase(t, k + 1);
      if (f != null) {
        finished = plus(f);
        return true;
      }
      if (k + 1 < t.size() && t.get(k + 1).isWord()) {
        int next = NumberWords.cardinal(t.get(k + 1).lower());
        if (next > 0 && follows(last, orderOf(next))) {
          afterAnd = true;
          return true;
        }
      }
      return false;
    }

    private NumberSpan plus(Fraction f) {
      ScaleWord scaled = scaleAfter(t, f.last() + 1);
      if (scaled != null) { // "five and a half million", "one billion and a half million"
        return span(t, first, scaled.last(), total + (current + f.value()) * scaled.scale(), scaled.scale(), false);
      }
      // "one million and a half" is 1.5 million; "one hundred and a half" is 100.5
      double whole = current == 0 && last == Order.SCALE ? total + f.value() * lastScale : total + current + f.value();
      return span(t, first, f.last(), whole, 1, false);
    }

    private boolean point(int k) {
      if (end != k - 1 || afterAnd) {
        return false;
      }
      finished = decimal(t, first, k, total + current);
      return finished != null;
    }

    /** "fifths", "hundredth", "quarters" after a numerator: "two thirds", "a trillionth". */
    private boolean denominator(int k, String w) {
      double d = NumberWords.denominator(w);
      int hq = NumberWords.halfOrQuarter(w);
      boolean fractionWord = d > 0 || hq > 0 && total == 0 && current < 10;
      if (!fractionWord || end < 0 || afterAnd) {
        return false;
      }
      double numerator = total + current;
      if (d > 0 && !NumberWords.isPlural(w) && numerator != 1) {
        return false; // "two millionth" is an ordinal, not a fraction
      }
      finished = fraction(t, first, k, numerator / (d > 0 ? d : hq));
      return true;
    }

    private boolean took(int k) {
      end = k;
      afterAnd = false;
      return true;
    }
  }

  /** "a"/"an" means one before "hundred", a scale word, "dozen" or a fraction word ("a fifth", "a twenty-first"). */
  private static boolean articleCountsAsOne(List<Token> t, int k) {
    if (k >= t.size() || !t.get(k).isWord()) {
      return false;
    }
    String w = t.get(k).lower();
    return w.equals("hundred") || NumberWords.scale(w) > 100 || NumberWords.isDozen(w)
        || NumberWords.denominator(w) > 0 || NumberWords.halfOrQuarter(w) > 0
        || (NumberWords.cardinal(w) >= 20 && unitOrdinalAfter(t, k) > 0);
  }

  private static Order orderOf(int cardinal) {
    return cardinal < 10 ? Order.UNIT : cardinal < 20 ? Order.TEEN : Order.TENS;
  }

  private static boolean follows(Order last, Order next) {
    return switch (last) {
      case NONE, HUNDRED, SCALE -> true;
      case TENS -> next == Order.UNIT;
      case UNIT, TEEN -> false;
    };
  }

  private static boolean hyphenJoins(Order last, String next) {
    int c = NumberWords.cardinal(next);
    if (last == Order.TENS && c > 0 && c < 10) {
      return true;
    }
    return NumberWords.denominator(next) > 0 || NumberWords.halfOrQuarter(next) > 0 || NumberWords.unitDenominator(next) > 0;
  }

  /** Index of a unit ordinal ("first", "fifths") right after the tens word at {@code k}, hyphen allowed; else -1. */
  private static int unitOrdinalAfter(List<Token> t, int k) {
    int j = k + 1;
    if (j < t.size() && t.get(j).isSymbol('-')) {
      j++;
    }
    return j < t.size() && t.get(j).isWord() && NumberWords.unitDenominator(t.get(j).lower()) > 0 ? j : -1;
  }

  /** "a half", "three quarters", "two thirds", "one-eighth" starting at {@code k}; null otherwise. */
  private static Fraction fractionPhrase(List<Token> t, int k) {
    if (k + 1 >= t.size() || !t.get(k).isWord()) {
      return null;
    }
    String w = t.get(k).lower();
    int numerator = w.equals("a") || w.equals("an") ? 1 : NumberWords.cardinal(w);
    if (numerator < 1 || numerator > 9) {
      return null;
    }
    int j = k + 1;
    if (t.get(j).isSymbol('-') && j + 1 < t.size()) {
      j++;
    }
    if (!t.get(j).isWord()) {
      return null;
    }
    String denominatorWord = t.get(j).lower();
    double d = NumberWords.denominator(denominatorWord);
    if (d == 0) {
      d = NumberWords.halfOrQuarter(denominatorWord);
    } else if (!NumberWords.isPlural(denominatorWord) && numerator != 1) {
      return null;
    }
    return d == 0 ? null : new Fraction(numerator / d, j);
  }

  /** A scale word (thousand and up, or dozen) after a fraction: "half a dozen", "two thirds of a million". */
  private record ScaleWord(double scale, int last) {}

  private static ScaleWord scaleAfter(List<Token> t, int k) {
    if (k < t.size() && t.get(k).isWord("of")) {
      k++;
    }
    if (k < t.size() && (t.get(k).isWord("a") || t.get(k).isWord("an"))) {
      k++;
    }
    if (k < t.size() && t.get(k).isWord()) {
      double s = NumberWords.scale(t.get(k).lower());
      if (s > 100 || s == 12.0) {
        return new ScaleWord(s, k);
      }
    }
    return null;
  }

  /**
   * "half" alone (0.5), "half a dozen" (6), "half a billion" / "half million" (5e8, 5e5), "quarter
   * million" (250000). "quarter" alone is not a number ("the first quarter").
   */
  private static NumberSpan halfOrQuarter(List<Token> t, int i) {
    double part = 1.0 / NumberWords.halfOrQuarter(t.get(i).lower());
    ScaleWord scaled = scaleAfter(t, i + 1);
    if (scaled != null) {
      return span(t, i, scaled.last(), part * scaled.scale(), scaled.scale(), false);
    }
    return t.get(i).isWord("half") ? span(t, i, i, part, 1, true) : null;
  }

  /** Digits read one word at a time after "point": "point zero three" = .03, "point seventy-one" = .71. */
  private static NumberSpan decimal(List<Token> t, int i, int pointAt, double whole) {
    StringBuilder digits = new StringBuilder();
    int end = pointAt;
    int k = pointAt + 1;
    while (k < t.size() && t.get(k).isWord()) {
      int c = NumberWords.cardinal(t.get(k).lower());
      if (c < 0) {
        break;
      }
      digits.append(c);
      end = k;
      k++;
      if (c >= 20 && c % 10 == 0) {
        int j = k < t.size() && t.get(k).isSymbol('-') ? k + 1 : k;
        int unit = j < t.size() && t.get(j).isWord() ? NumberWords.cardinal(t.get(j).lower()) : -1;
        if (unit > 0 && unit < 10) {
          digits.setLength(digits.length() - 1);
          digits.append(unit);
          end = j;
          k = j + 1;
        }
      }
    }
    if (end == pointAt) {
      return null;
    }
    return span(t, i, end, whole + Double.parseDouble("0." + digits), 1, false);
  }

  /** A fraction ending at token {@code last}, times a scale word after it ("three quarters billion"). */
  private static NumberSpan fraction(List<Token> t, int i, int last, double value) {
    ScaleWord scaled = scaleAfter(t, last + 1);
    if (scaled != null) {
      return span(t, i, scaled.last(), value * scaled.scale(), scaled.scale(), false);
    }
    return span(t, i, last, value, 1, true);
  }

  private static NumberSpan span(List<Token> t, int first, int last, double value, double scale, boolean fraction) {
    return new NumberSpan(first, last, t.get(first).start(), t.get(last).end(), value, scale, true, fraction);
  }
}
