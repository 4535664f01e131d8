package org.newsfigures.core.article;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the byline: a short line near the top starting with "By" or "by" ("By Online Desk with AP",
 * "by DD Staff"). The name must start with a capital and be at most eight words without a final period, so a
 * body sentence such as "By 2030, exports will double." is not taken for one.
 */
final class BylineFinder {
  private static final Pattern BYLINE = Pattern.compile("^[Bb]y\\s+(\\p{Lu}\\S*(?:\\s+\\S+){0,7})$");

  /** The author or desk a line credits, or null when it is not a byline. */
  String bylineOf(Line line) {
    Matcher m = BYLINE.matcher(Whitespace.collapse(line.text()));
    if (!m.matches() || m.group(1).endsWith(".")) {
      return null;
    }
    return m.group(1);
  }

  /** The first byline among the header lines, or null. */
  String find(List<Line> headerLines) {
    return headerLines.stream().map(this::bylineOf).filter(Objects::nonNull).findFirst().orElse(null);
  }
}
