package org.newsfigures.core.extract;

/**
 * One token of a sentence.
 *
 * @param start UTF-16 index of the first character
 * @param end UTF-16 index after the last character
 * @param kind what the token is made of
 * @param lower the token's text, lower-cased (ROOT locale)
 * @param number the numeral's value, NaN for other kinds
 * @param dotted true for a part of a dotted identifier ("192.168.1.2", "1.2.3"), which holds no decimal
 */
record Token(int start, int end, TokenKind kind, String lower, double number, boolean dotted) {

  boolean isWord() {
    return kind == TokenKind.WORD;
  }

  boolean isNumeral() {
    return kind == TokenKind.NUMERAL;
  }

  boolean isSymbol(char c) {
    return kind == TokenKind.SYMBOL && lower.charAt(0) == c;
  }

  boolean isWord(String word) {
    return kind == TokenKind.WORD && lower.equals(word);
  }

  /** True when this token ends exactly where {@code next} begins (no space between). */
  boolean touches(Token next) {
    return end == next.start;
  }

  /** A numeral written as a plain integer: no decimal mark, no grouping, no exponent. */
  boolean isPlainInteger() {
    if (kind != TokenKind.NUMERAL) {
      return false;
    }
    for (int i = 0; i < lower.length(); i++) {
      if (!Character.isDigit(lower.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
