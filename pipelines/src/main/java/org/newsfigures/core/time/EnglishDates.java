package org.newsfigures.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar dates as English news text writes them: "January 16, 2026", "Jan. 14, 2026", "13 Jan 2026",
 * "12 January 2026". Month names must be capitalized, so the verb "may" is never a month.
 */
public final class EnglishDates {
  private EnglishDates() {}

  /** A month name or its abbreviation, with an optional period ("Jan.", "Sept."). */
  public static final String MONTH =
      "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b\\.?";

  /** What every name {@link #MONTH} matches begins with. */
  public static final List<String> MONTH_ABBREVIATIONS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  /** A day and month in either order, without a year: "Jan. 12", "12 January". */
  public static final String DAY_AND_MONTH = "(?:" + MONTH + "\\s+\\d{1,2}\\b|\\d{1,2}\\s+" + MONTH + ")";

  /** A full date with a four-digit year, in either order; groups: day, month, year (day-first or month-first). */
  public static final Pattern DATE =
      Pattern.compile(
          "\\b(?:(?<dayFirst>\\d{1,2})\\s+(?<monthAfterDay>" + MONTH + "),?\\s+(?<yearAfterMonth>\\d{4})"
              + "|(?<monthFirst>" + MONTH + ")\\s+(?<dayAfterMonth>\\d{1,2}),?\\s+(?<yearAfterDay>\\d{4}))\\b");

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

  /** The date a {@link #DATE} match names, or null when it names none ("31 Feb 2026"). */
  public static LocalDate parse(Matcher dateMatch) {
    boolean dayFirst = dateMatch.group("dayFirst") != null;
    String day = dayFirst ? dateMatch.group("dayFirst") : dateMatch.group("dayAfterMonth");
    String month = dayFirst ? dateMatch.group("monthAfterDay") : dateMatch.group("monthFirst");
    String year = dayFirst ? dateMatch.group("yearAfterMonth") : dateMatch.group("yearAfterDay");
    // java.time's English short months are "Jan", "Sep": three letters, no period.
    try {
      return LocalDate.parse(day + " " + month.substring(0, 3) + " " + year, DAY_MONTH_YEAR);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
