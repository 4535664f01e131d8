package org.newsfigures.core.context.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds text between quotation marks: curly “…” pairs, and straight "…" marks paired in order. A quotation never
 * runs past the end of its paragraph (a line), so one unmatched mark does not swallow the rest of the article.
 */
final class QuotationMarkFinder {

  List<QuotedSpan> find(String text) {
    List<QuotedSpan> spans = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      pairs(text, lineStart, lineEnd, '“', '”', spans);
      pairs(text, lineStart, lineEnd, '"', '"', spans);
      lineStart = lineEnd + 1;
    }
    spans.sort(Comparator.comparingInt(QuotedSpan::start));
    return spans;
  }

  private static void pairs(String text, int from, int to, char open, char close, List<QuotedSpan> spans) {
    int position = from;
    while (true) {
      int opening = indexOf(text, open, position, to);
      if (opening < 0) {
        return;
      }
      int closing = indexOf(text, close, opening + 1, to);
      if (closing < 0) {
        return;
      }
      // American style puts the sentence's comma inside the marks (“…partners,” she said); it is not the speaker's.
      int end = closing;
      while (end > opening + 1 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ' ')) {
        end--;
      }
      spans.add(new QuotedSpan(opening + 1, end, opening, closing + 1, -1));
      position = closing + 1;
    }
  }

  /**
   * The first {@code mark} in [from, to), or -1: searching the rest of the text instead, for a mark the article
   * never uses, cost a pass over the whole text per line.
   */
  private static int indexOf(String text, char mark, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == mark) {
        return i;
      }
    }
    return -1;
  }
}
