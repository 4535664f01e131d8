package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds every number in a token list, in text order: digits ("1,234.5", "-9.2", ".08", "1e10", "1.1^23",
 * "3/4", "2 1/4"), digits with a scale ("1.8 million", "10k", "2.33 k", "US$ 1MM"), numbers in words (see
 * {@link SpelledNumberReader}), signs ("minus five"), and quotients ("one over three", "1 out of 5",
 * "one in five").
 *
 * <p>Digits glued to letters are not numbers ("29km", "4th", "G7", "180ml") unless the letters are a
 * currency code or scale ("115USD", "USD115", "10M"). This is the "number layer": it knows nothing of
 * years, dates or units; {@link FigureReader} decides what each number is.
 */
final class NumberParser {
  private final SpelledNumberReader spelled = new SpelledNumberReader();
  private final Set<String> gluedUnits;

  /** @param gluedUnits lower-cased words that may touch a numeral (currency codes and symbols written in letters) */
  NumberParser(Set<String> gluedUnits) {
    this.gluedUnits = Set.copyOf(gluedUnits);
  }

  List<NumberSpan> find(String text, List<Token> tokens) {
    List<NumberSpan> numbers = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      NumberSpan number = readAt(text, tokens, i);
      if (number == null) {
        i++;
      } else {
        numbers.add(number);
        i = number.last() + 1;
      }
    }
    return numbers;
  }

  private NumberSpan readAt(String text, List<Token> t, int i) {
    Token tok = t.get(i);
    int core = i;
    if (tok.isWord("minus") || tok.isWord("negative") || isSign(t, i)) {
      core = i + 1;
      if (core >= t.size()) {
        return null;
      }
    }
    NumberSpan number = t.get(core).isNumeral() ? numeral(text, t, core) : spelled.read(t, core);
    if (number == null) {
      return null;
    }
    number = quotient(text, t, number);
    return core == i ? number : number.negated(i, tok.start());
  }

  /** A hyphen or minus sign before a numeral, not joining two words or numbers ("SCP-173", "2-3"). */
  private static boolean isSign(List<Token> t, int i) {
    Token tok = t.get(i);
    if (!(tok.isSymbol('-') || tok.isSymbol('\u2212')) || i + 1 >= t.size()) {
      return false;
    }
    Token next = t.get(i + 1);
    if (!next.isNumeral()) {
      return false;
    }
    if (i == 0) {
      return true; // "- 1 4/5" at the start of a text
    }
    Token prev = t.get(i - 1);
    boolean joinsPrevious = prev.touches(tok) && (prev.isWord() || prev.isNumeral());
    return !joinsPrevious && tok.touches(next) && !prev.isNumeral();
  }

  private NumberSpan numeral(String text, List<Token> t, int j) {
    Token tok = t.get(j);
    if (j > 0) {
      Token prev = t.get(j - 1);
      if (prev.touches(tok) && prev.isWord() && !gluedUnits.contains(prev.lower())) {
        return null; // "G7", "A320"
      }
    }
    if (tok.dotted()) {
      return new NumberSpan(j, j, tok.start(), tok.end(), tok.number(), 1, false, false);
    }
    double value = tok.number();
    int last = j;
    boolean fraction = false;
    int n = t.size();
    if (touchingSymbol(t, j, '/') && j + 2 < n && t.get(j + 2).isNumeral() && t.get(j + 1).touches(t.get(j + 2))) {
      if (touchingSymbol(t, j + 2, '/') || j > 0 && t.get(j - 1).isSymbol('/') && t.get(j - 1).touches(tok)) {
        return plain(t, j); // 5/17/2018: a date's parts, not a fraction
      }
      value /= t.get(j + 2).number();
      last = j + 2;
      fraction = true;
    } else if (tok.isPlainInteger() && j + 3 < n && t.get(j + 1).isNumeral() && !tok.touches(t.get(j + 1))
        && touchingSymbol(t, j + 1, '/') && t.get(j + 3).isNumeral() && !touchingSymbol(t, j + 3, '/')
        && t.get(j + 1).number() < t.get(j + 3).number()) {
      value += t.get(j + 1).number() / t.get(j + 3).number(); // "2 1/4"
      last = j + 3;
      fraction = true;
    } else if (touchingSymbol(t, j, '^')) {
      int k = j + 2;
      int minus = 0;
      while (k < n && (t.get(k).isSymbol('-') || t.get(k).isSymbol('+'))) {
        minus += t.get(k).isSymbol('-') ? 1 : 0;
        k++;
      }
      if (k < n && t.get(k).isNumeral()) {
        value = Math.pow(value, minus % 2 == 0 ? t.get(k).number() : -t.get(k).number());
        last = k;
      }
    }
    if (last + 1 < n && t.get(last).touches(t.get(last + 1)) && t.get(last + 1).isWord()) {
      Token glued = t.get(last + 1);
      double scale = gluedScale(text, t, j, glued);
      if (scale > 0) {
        return new NumberSpan(j, last + 1, tok.start(), glued.end(), value * scale, scale, false, fraction);
      }
      if (!gluedUnits.contains(glued.lower())) {
        return null; // "29km", "4th", "180ml"
      }
    }
    double scale = 1;
    int hyphenated = hyphenatedScale(t, last);
    if (hyphenated > 0) { // Canadian Press style: "$1-billion plan"
      scale = NumberWords.scale(t.get(hyphenated).lower());
      last = hyphenated;
    }
    while (last + 1 < n && t.get(last + 1).isWord() && !t.get(last).touches(t.get(last + 1))) {
      Token word = t.get(last + 1);
      double s = NumberWords.scale(word.lower());
      if (s == 0) {
        s = NumberWords.letterScale(text.substring(word.start(), word.end()));
      }
      if (s == 0) {
        break;
      }
      scale *= s;
      last++;
    }
    return new NumberSpan(j, last, tok.start(), t.get(last).end(), value * scale, scale, false, fraction);
  }

  /** Index of a scale word joined by a hyphen with no spaces ("1-billion"), or -1. */
  private static int hyphenatedScale(List<Token> t, int last) {
    int w = last + 2;
    if (w >= t.size() || !t.get(last + 1).isSymbol('-') || !t.get(last).touches(t.get(last + 1))
        || !t.get(last + 1).touches(t.get(w)) || !t.get(w).isWord()) {
      return -1;
    }
    return NumberWords.scale(t.get(w).lower()) > 100 ? w : -1;
  }

  private static NumberSpan plain(List<Token> t, int j) {
    Token tok = t.get(j);
    return new NumberSpan(j, j, tok.start(), tok.end(), tok.number(), 1, false, false);
  }

  /** "10k", "10M", "1.2b", "5bn", and "5m" after a currency symbol ("£5m"); 0 for other letters. */
  private static double gluedScale(String text, List<Token> t, int numeralAt, Token glued) {
    String written = text.substring(glued.start(), glued.end());
    double s = NumberWords.letterScale(written);
    if (s == 0 && glued.lower().length() > 1 && NumberWords.scale(glued.lower()) > 100) {
      s = NumberWords.scale(glued.lower()); // "5bn", "2mil"
    }
    if (s == 0 && written.equals("m") && numeralAt > 0 && t.get(numeralAt - 1).kind() == TokenKind.SYMBOL
        && !Character.isLetterOrDigit(t.get(numeralAt - 1).lower().charAt(0))
        && t.get(numeralAt - 1).lower().charAt(0) != '-') {
      s = 1e6;
    }
    return s;
  }

  private static boolean touchingSymbol(List<Token> t, int j, char symbol) {
    return j + 1 < t.size() && t.get(j + 1).isSymbol(symbol) && t.get(j).touches(t.get(j + 1));
  }

  /**
   * "one over three", "1 out of 5" and "one in five" read as one quotient. "over" divides only when the
   * second number quantifies nothing ("2000 over 3", not "$2000 over 3 years"); "in" only after a one or
   * a number in words, before a larger number that is no year ("one in five Canadians", not "3 in 2020").
   */
  private NumberSpan quotient(String text, List<Token> t, NumberSpan number) {
    int k = number.last() + 1;
    boolean over = k < t.size() && t.get(k).isWord("over");
    boolean in = k < t.size() && t.get(k).isWord("in") && (number.spelled() || number.value() == 1);
    boolean outOf = k + 1 < t.size() && t.get(k).isWord("out") && t.get(k + 1).isWord("of");
    if (!over && !in && !outOf) {
      return number;
    }
    int d = outOf ? k + 2 : k + 1;
    if (d >= t.size()) {
      return number;
    }
    NumberSpan denominator = t.get(d).isNumeral() ? numeral(text, t, d) : spelled.read(t, d);
    if (denominator == null || denominator.value() == 0 || denominator.fraction()) {
      return number;
    }
    boolean quantifiesSomething = denominator.last() + 1 < t.size() && t.get(denominator.last() + 1).isWord();
    boolean proportion = denominator.value() > number.value() && denominator.value() < 1000;
    if (over && quantifiesSomething || in && !proportion) {
      return number;
    }
    return number.over(denominator);
  }
}
