package org.newsfigures.core.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.time.EnglishDates;

/**
 * Finds a dateline at the start of a line near the top. A place followed by a dash alone is ambiguous with a
 * sentence ("Beijing — which ..."), so a dateline needs one more mark of being one: a date after a comma, a wire
 * agency in parentheses, or a place in capitals.
 */
public final class DatelineFinder {
  private static final String PLACE = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
  private static final String CAPITALS_PLACE = "\\p{Lu}[\\p{Lu}.'’-]+(?:\\s+\\p{Lu}[\\p{Lu}.'’-]+){0,3}";
  private static final String AGENCY = "\\(\\p{Lu}[^()]{0,30}\\)";
  private static final String DASH_THEN_TEXT = "\\s*[-–—]+\\s+\\S";

  private static final Pattern WITH_DATE =
      Pattern.compile(
          "^(?<place>" + PLACE + "),\\s+(?<date>" + EnglishDates.DATE.pattern() + "|" + EnglishDates.DAY_AND_MONTH
              + ")\\s*(?:" + AGENCY + ")?" + DASH_THEN_TEXT);
  private static final Pattern WITH_AGENCY = Pattern.compile("^(?<place>" + PLACE + ")\\s*" + AGENCY + DASH_THEN_TEXT);
  private static final Pattern IN_CAPITALS = Pattern.compile("^(?<place>" + CAPITALS_PLACE + ")" + DASH_THEN_TEXT);
  private static final List<Pattern> SHAPES = List.of(WITH_DATE, WITH_AGENCY, IN_CAPITALS);

  /**
   * The place of a dateline opening {@code line}, if it opens with one: a roundup's later story ("HONG KONG - Hong
   * Kong's exports fell …") is told from there.
   */
  public static Optional<String> placeAtStart(String line) {
    return opening(Whitespace.collapse(line)).map(Dateline::place);
  }

  /** The first dateline among the header lines, if any. */
  Optional<Dateline> find(List<Line> headerLines) {
    return headerLines.stream().map(line -> opening(Whitespace.collapse(line.text())))
        .flatMap(Optional::stream).findFirst();
  }

  private static Optional<Dateline> opening(String text) {
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(text);
      if (m.find()) {
        return Optional.of(new Dateline(m.group("place"), shape == WITH_DATE ? dateIn(m.group("date")) : null));
      }
    }
    return Optional.empty();
  }

  private static LocalDate dateIn(String datePart) {
    Matcher date = EnglishDates.DATE.matcher(datePart);
    return date.find() ? EnglishDates.parse(date) : null;
  }
}
