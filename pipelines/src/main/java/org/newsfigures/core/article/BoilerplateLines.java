package org.newsfigures.core.article;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Recognizes lines a scraper copied from the page around the article: widget labels listed in the
 * {@code scraper_junk_lines} reference table, and photo captions, which end in a credit such as "(Photo/Xinhua)".
 */
final class BoilerplateLines {
  private static final Pattern PHOTO_CREDIT =
      Pattern.compile("\\((?:Photo|Image|Picture|File photo)\\b[^()]*\\)$", Pattern.CASE_INSENSITIVE);

  private final Set<String> junkLines;

  private BoilerplateLines(Set<String> junkLines) {
    this.junkLines = Set.copyOf(junkLines);
  }

  static BoilerplateLines fromReference() {
    return new BoilerplateLines(
        ReferenceCsv.rows("scraper_junk_lines").stream()
            .map(row -> row.get("line").toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet()));
  }

  boolean isBoilerplate(Line line) {
    String text = Whitespace.collapse(line.text());
    return junkLines.contains(text.toLowerCase(Locale.ROOT)) || PHOTO_CREDIT.matcher(text).find();
  }
}
