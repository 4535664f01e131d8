package org.newsfigures.core.article;

/**
 * Unicode whitespace as scraped text has it: Java whitespace plus no-break and other space separators, which
 * scrapers leave behind from {@code &nbsp;}.
 */
final class Whitespace {
  private Whitespace() {}

  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  static boolean isBlank(CharSequence text) {
    return text.codePoints().allMatch(Whitespace::isSpace);
  }

  /** First index in [start, end) that is not whitespace, or end. */
  static int skipLeading(CharSequence text, int start, int end) {
    int i = start;
    while (i < end && isSpace(Character.codePointAt(text, i))) {
      i += Character.charCount(Character.codePointAt(text, i));
    }
    return i;
  }

  /** End of [start, end) with trailing whitespace removed. */
  static int trimTrailing(CharSequence text, int start, int end) {
    int i = end;
    while (i > start && isSpace(Character.codePointBefore(text, i))) {
      i -= Character.charCount(Character.codePointBefore(text, i));
    }
    return i;
  }

  /** The text with whitespace runs collapsed to one ASCII space and trimmed: for metadata fields, not offsets. */
  static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }
}
