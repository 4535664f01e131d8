package org.newsfigures.core.time;

import java.time.DateTimeException;
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
 * "12 January 2026", "Oct 31st 2024"; and, in date stamps, the numeric forms "2026-01-14", "14.08.2025" (day first,
 * as continental outlets write it) and "01/09/2026" (month first, as US outlets write it, unless the first number
 * cannot be a month). Month names must be capitalized, so the verb "may" is never a month.
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

  /** "31st", "2nd": the ordinal ending a day may carry. */
  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /** A full date with a four-digit year, in either order; groups: day, month, year (day-first or month-first). */
  public static final Pattern DATE =
      Pattern.compile(
          "\\b(?:(?<dayFirst>\\d{1,2})" + ORDINAL + "\\s+(?<monthAfterDay>" + MONTH + "),?\\s+(?<yearAfterMonth>\\d{4})"
              + "|(?<monthFirst>" + MONTH + ")\\s+(?<dayAfterMonth>\\d{1,2})" + ORDINAL
              + ",?\\s+(?<yearAfterDay>\\d{4}))\\b");

  /** A numeric date: ISO "2026-01-14", day-first "14.08.2025", slashed "01/09/2026". */
  private static final Pattern NUMERIC_DATE =
      Pattern.compile(
          "\\b(?:(?<isoYear>\\d{4})-(?<isoMonth>\\d{2})-(?<isoDay>\\d{2})"
              + "|(?<dotDay>\\d{1,2})\\.(?<dotMonth>\\d{1,2})\\.(?<dotYear>\\d{4})"
              + "|(?<slashFirst>\\d{1,2})/(?<slashSecond>\\d{1,2})/(?<slashYear>\\d{4}))\\b");

  /** A date in any form {@link #stamp} reads: {@link #DATE} or a numeric one. */
  public static final String ANY_DATE = "(?:" + DATE.pattern() + "|" + NUMERIC_DATE.pattern() + ")";

  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);

  /** The first date {@code text} holds in a form of {@link #ANY_DATE}, or null when it holds none. */
  public static LocalDate stamp(String text) {
    Matcher words = DATE.matcher(text);
    if (words.find()) {
      return parse(words);
    }
    Matcher numbers = NUMERIC_DATE.matcher(text);
    if (!numbers.find()) {
      return null;
    }
    if (numbers.group("isoYear") != null) {
      return dateOf(numbers.group("isoYear"), numbers.group("isoMonth"), numbers.group("isoDay"));
    }
    if (numbers.group("dotYear") != null) {
      return dateOf(numbers.group("dotYear"), numbers.group("dotMonth"), numbers.group("dotDay"));
    }
    String first = numbers.group("slashFirst");
    String second = numbers.group("slashSecond");
    boolean dayFirst = Integer.parseInt(first) > 12;
    return dateOf(numbers.group("slashYear"), dayFirst ? second : first, dayFirst ? first : second);
  }

  private static LocalDate dateOf(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

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
