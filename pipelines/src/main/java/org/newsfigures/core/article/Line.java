package org.newsfigures.core.article;

import java.util.ArrayList;
import java.util.List;

/**
 * A non-blank line of an article, which is also one paragraph: scraped text puts each paragraph on its own line.
 *
 * @param paragraph 0-based position among the article's non-blank lines
 * @param start offset of its first non-whitespace character in the article text (UTF-16)
 * @param end offset after its last non-whitespace character (UTF-16)
 * @param text the line without surrounding whitespace
 */
record Line(int paragraph, int start, int end, String text) {

  /** The article's non-blank lines, in order; text must use \n line endings. */
  static List<Line> of(String text) {
    List<Line> lines = new ArrayList<>();
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? text.length() : newline;
      int start = Whitespace.skipLeading(text, lineStart, lineEnd);
      int end = Whitespace.trimTrailing(text, start, lineEnd);
      if (start < end) {
        lines.add(new Line(lines.size(), start, end, text.substring(start, end)));
      }
      lineStart = lineEnd + 1;
    }
    return List.copyOf(lines);
  }
}
