package org.newsfigures.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.time.EnglishDates;

/**
 * Finds the publication date. Only two places count: a header line that is a date stamp, and the date in the
 * body's dateline ("Canada, 12 January 2026 - ..."). Dates inside sentences, photo captions or tweet signatures
 * ("— Mark Carney (@MarkJCarney) January 14, 2026") name events, not publication, and are never used.
 *
 * <p>A stamp is a date, optionally labelled ("Published:", "Posted", "Updated", "Last updated"), with a weekday
 * and a clock time and zone before or after it: "2026-03-02 14:05 ET", "Updated 18 Mar 2026, 06:24 AM",
 * "Published: 7:30pm, 19 Jan 2026", "Posted Thu 19 Feb 2026 at 5:12am", "10:33 January 01, 2026". Scraped pages
 * put it among other short fields, so a line is split at "|", "•", "·" and a spaced dash, and it is a date line
 * when one field is a stamp and every other field is short ("Source: Xinhua | 2026-01-17 20:31:05 | Editor:
 * huaxia", "Oct 31st 2024 | BRUSSELS AND SHANGHAI").
 *
 * <p>A publication stamp wins over an "Updated" one, which says when the page last changed; a page that shows only
 * when it was updated ("Updated 4:12 PM EDT, October 14, 2025") is dated by that stamp, the closest to publication
 * it gives.
 */
final class PublishedDateFinder {
  private static final String TIME =
      "\\d{1,2}[:.]\\d{2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+(?:[a-z]{2,4}|gmt[+-]\\d{1,2}))?";
  private static final String WEEKDAY = "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?";
  private static final Pattern STAMP =
      Pattern.compile(
          "^(?:(?<label>published|posted|(?:last\\s+)?updated|first\\s+published)(?:\\s+on)?\\s*:?\\s*)?"
              + "(?:" + WEEKDAY + ",?\\s+)?(?:" + TIME + ",?\\s+)?"
              + "(?<date>" + EnglishDates.ANY_DATE + ")"
              + "(?:,?\\s+(?:at\\s+)?" + TIME + ")?\\.?$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FIELD_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*|\\s+[-–—]\\s+");
  /** The most words a field beside a stamp may have: "Last updated 2 hours ago", "La Jornada (English edition)". */
  private static final int SHORT_FIELD_WORDS = 6;

  /** A stamp found on a header line: its date and whether it is an update stamp. */
  private record Stamp(LocalDate date, boolean update) {}

  /** Whether a line is a date line (a publication or update stamp among short fields), whatever its label. */
  boolean isDateLine(Line line) {
    return !stamps(line).isEmpty();
  }

  LocalDate find(List<Line> headerLines, Optional<Dateline> dateline) {
    LocalDate updated = null;
    for (Line line : headerLines) {
      for (Stamp stamp : stamps(line)) {
        if (!stamp.update()) {
          return stamp.date();
        }
        updated = updated == null ? stamp.date() : updated;
      }
    }
    LocalDate fromDateline = dateline.map(Dateline::date).orElse(null);
    return fromDateline != null ? fromDateline : updated;
  }

  /** The stamps of a date line in order; empty when the line is not one. */
  private static List<Stamp> stamps(Line line) {
    List<String> fields = List.of(FIELD_SEPARATOR.split(Whitespace.collapse(line.text())));
    List<Stamp> stamps = fields.stream().map(PublishedDateFinder::stampOf).flatMap(Optional::stream).toList();
    boolean othersShort = fields.stream().allMatch(f -> stampOf(f).isPresent() || f.split(" ").length <= SHORT_FIELD_WORDS);
    return othersShort ? stamps : List.of();
  }

  private static Optional<Stamp> stampOf(String field) {
    Matcher m = STAMP.matcher(field);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group("label");
    return Optional.ofNullable(EnglishDates.stamp(m.group("date")))
        .map(date -> new Stamp(date, label != null && label.toLowerCase(Locale.ROOT).contains("updated")));
  }
}
