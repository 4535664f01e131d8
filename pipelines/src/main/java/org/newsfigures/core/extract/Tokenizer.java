package org.newsfigures.core.extract;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into words, numerals and symbols, keeping UTF-16 offsets. Numerals keep their
 * thousands separators ("1,234,567", "1 234 567" with a space, NBSP or narrow NBSP) and decimals; a run of
 * digits joined by several dots ("192.168.1.2") becomes separate {@link Token#dotted() dotted} integers.
 * Whitespace-free runs that are URLs, @handles or #hashtags become one {@link TokenKind#OPAQUE} token.
 */
final class Tokenizer {

  List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int runEnd = -1; // end of the current whitespace-free run, when known
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i++;
        continue;
      }
      if (i > runEnd) {
        runEnd = runEnd(text, i);
        if (isOpaque(text, i, runEnd)) {
          tokens.add(new Token(i, runEnd, TokenKind.OPAQUE, text.substring(i, runEnd), Double.NaN, false));
          i = runEnd;
          continue;
        }
      }
      if (isWordChar(c)) {
        int j = i + 1;
        while (j < n && isWordChar(text.charAt(j))) {
          j++;
        }
        tokens.add(word(text, i, j));
        i = j;
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(text.charAt(i + 1)) && !followsDigit(text, i))) {
        i = scanNumeral(text, i, tokens);
      } else if (vulgarFraction(c) > 0) {
        tokens.add(new Token(i, i + 1, TokenKind.NUMERAL, text.substring(i, i + 1), vulgarFraction(c), false));
        i++;
      } else {
        int j = i + Character.charCount(text.codePointAt(i));
        tokens.add(new Token(i, j, TokenKind.SYMBOL, text.substring(i, j), Double.NaN, false));
        i = j;
      }
    }
    return tokens;
  }

  private static Token word(String text, int start, int end) {
    return new Token(start, end, TokenKind.WORD, text.substring(start, end).toLowerCase(Locale.ROOT), Double.NaN, false);
  }

  private static int runEnd(String text, int i) {
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && !Character.isSpaceChar(text.charAt(j))) {
      j++;
    }
    return j;
  }

  /** URLs ("https://…", "www.…", "pic.twitter.com/…"), e-mail addresses, @handles and #hashtags. */
  private static boolean isOpaque(String text, int start, int end) {
    char first = text.charAt(start);
    if ((first == '@' || first == '#') && end > start + 1 && Character.isLetter(text.charAt(start + 1))) {
      return true;
    }
    if (text.startsWith("www.", start)) {
      return true;
    }
    int slash = -1;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (c == ':' && text.startsWith("//", k + 1)) {
        return true;
      }
      if (c == '@' && k > start && k + 1 < end && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
      if (c == '/' && slash < 0) {
        slash = k;
      }
    }
    // A domain name before a path: "pic.twitter.com/NzW4".
    if (slash > start) {
      int dot = text.lastIndexOf('.', slash);
      return dot > start && slash - dot >= 3 && allLetters(text, dot + 1, slash);
    }
    return false;
  }

  private static boolean allLetters(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  static boolean isWordChar(char c) {
    if (Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /** The value of a one-character fraction ("½", "⅔"), or 0. */
  private static double vulgarFraction(char c) {
    if (Character.getType(c) != Character.OTHER_NUMBER) {
      return 0;
    }
    double v = UCharacter.getUnicodeNumericValue(c);
    return v > 0 && v < 1 ? v : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean followsDigit(String text, int i) {
    return i > 0 && isDigit(text.charAt(i - 1));
  }

  private static boolean isGroupSpace(char c) {
    return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }

  /** Index after {@code count} digits at {@code i} that are not followed by another digit, or -1. */
  private static int exactDigits(String text, int i, int count) {
    int n = text.length();
    for (int k = 0; k < count; k++) {
      if (i + k >= n || !isDigit(text.charAt(i + k))) {
        return -1;
      }
    }
    int end = i + count;
    return end < n && isDigit(text.charAt(end)) ? -1 : end;
  }

  private static int digitsEnd(String text, int i) {
    while (i < text.length() && isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private int scanNumeral(String text, int start, List<Token> tokens) {
    int n = text.length();
    int j = digitsEnd(text, start);
    boolean leadingDot = j == start;
    if (!leadingDot) {
      // Dotted identifiers first: 192.168.1.2 holds four integers, not a decimal.
      int dots = 0;
      int k = j;
      while (k + 1 < n && text.charAt(k) == '.' && isDigit(text.charAt(k + 1))) {
        k = digitsEnd(text, k + 1);
        dots++;
      }
      if (dots >= 2) {
        int from = start;
        while (from < k) {
          int to = digitsEnd(text, from);
          tokens.add(new Token(from, to, TokenKind.NUMERAL, text.substring(from, to),
              Double.parseDouble(text.substring(from, to)), true));
          from = to + 1;
        }
        return k;
      }
      int firstGroup = j - start;
      boolean grouped = false;
      while (j < n) {
        char c = text.charAt(j);
        // "1,234,567" and "1 234 567"; one numeral uses one kind of separator
        boolean separator = (c == ',' || isGroupSpace(c)) && firstGroup <= 3 && (!grouped || separatorOf(text, start) == c);
        int after = separator ? exactDigits(text, j + 1, 3) : -1;
        if (after < 0) {
          break;
        }
        grouped = true;
        j = after;
      }
    }
    if (j + 1 < n && text.charAt(j) == '.' && isDigit(text.charAt(j + 1)) || leadingDot) {
      j = digitsEnd(text, j + 1);
    }
    j = exponentEnd(text, j);
    String raw = text.substring(start, j);
    double value = parse(raw);
    if (j < n && vulgarFraction(text.charAt(j)) > 0 && raw.chars().allMatch(Character::isDigit)) {
      value += vulgarFraction(text.charAt(j)); // "2½"
      j++;
      raw = text.substring(start, j);
    }
    tokens.add(new Token(start, j, TokenKind.NUMERAL, raw, value, false));
    return j;
  }

  /** The first grouping separator used in the numeral starting at {@code start}. */
  private static char separatorOf(String text, int start) {
    int k = digitsEnd(text, start);
    return k < text.length() ? text.charAt(k) : ' ';
  }

  /** Scientific notation "1e10", "12.32e+14", "-12e-1": an 'e' not starting a word. */
  private static int exponentEnd(String text, int j) {
    int n = text.length();
    if (j < n && (text.charAt(j) == 'e' || text.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (text.charAt(k) == '+' || text.charAt(k) == '-')) {
        k++;
      }
      int end = digitsEnd(text, k);
      if (end > k && (end == n || !Character.isLetter(text.charAt(end)))) {
        return end;
      }
    }
    return j;
  }

  private static double parse(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    for (int k = 0; k < raw.length(); k++) {
      char c = raw.charAt(k);
      if (c != ',' && !isGroupSpace(c)) {
        digits.append(c);
      }
    }
    return Double.parseDouble(digits.toString());
  }
}
