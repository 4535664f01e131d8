package org.newsfigures.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.time.EnglishDates;

/**
 * Finds the publication date. Only two places count: a header line that is nothing but a date, optionally
 * labelled and timed ("January 16, 2026 06:24 AM", "Published : 13 Jan 2026 12:01 PM"), and the date in the
 * body's dateline ("Canada, 12 January 2026 - ..."). Dates inside sentences, photo captions or tweet signatures
 * ("— Mark Carney (@MarkJCarney) January 14, 2026") name events, not publication, and are never used.
 */
final class PublishedDateFinder {
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "^(?:(?<label>Published|Posted|Updated|Last updated)(?:\\s+on)?\\s*:?\\s*)?"
              + "(?<date>" + EnglishDates.DATE.pattern() + ")"
              + "(?:,?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?(?:\\s+\\p{Lu}{2,5})?)?$",
          Pattern.CASE_INSENSITIVE);

  /** Whether a line is a date line (a publication or update stamp), whatever its label. */
  boolean isDateLine(Line line) {
    return DATE_LINE.matcher(Whitespace.collapse(line.text())).matches();
  }

  LocalDate find(List<Line> headerLines, Optional<Dateline> dateline) {
    for (Line line : headerLines) {
      Matcher m = DATE_LINE.matcher(Whitespace.collapse(line.text()));
      // An "Updated" stamp says when the page last changed, not when the article came out.
      if (m.matches() && (m.group("label") == null || !m.group("label").toLowerCase(java.util.Locale.ROOT).contains("updated"))) {
        Matcher date = EnglishDates.DATE.matcher(m.group("date"));
        if (date.find()) {
          return EnglishDates.parse(date);
        }
      }
    }
    return dateline.map(Dateline::date).orElse(null);
  }
}
