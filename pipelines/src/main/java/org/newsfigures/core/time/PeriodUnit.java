package org.newsfigures.core.time;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How long the period a figure is of is: a year, or a part of one. A month's exports and a year's are different
 * amounts of one measure; only figures of a whole year are compared across articles.
 */
public enum PeriodUnit {
  YEAR, HALF, QUARTER, MONTHS, SEASON, MONTH, WEEK, DAY;

  private static final Pattern HALF_OF = Pattern.compile("(?i)\\bhalf\\b");
  private static final Pattern QUARTER_OF = Pattern.compile("(?i)\\bquarter\\b");
  private static final Pattern MONTHS_OF = Pattern.compile("(?i)\\bmonths\\b");
  private static final Pattern MONTH_NAME = Pattern.compile("\\b" + EnglishDates.MONTH + "\\b");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("\\d");

  /** The column value: "year", "half", "quarter", "months", "season", "month", "week", "day". */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The unit of a written year's phrase from the words before the year: "the first half of 2025", "the third quarter
   * of 2024", "the first nine months of 2025", "in July 2025", "on Jan. 16, 2026"; else a year.
   */
  static PeriodUnit ofQualifier(String wordsBeforeYear) {
    if (HALF_OF.matcher(wordsBeforeYear).find()) {
      return HALF;
    }
    if (QUARTER_OF.matcher(wordsBeforeYear).find()) {
      return QUARTER;
    }
    if (MONTHS_OF.matcher(wordsBeforeYear).find()) {
      return MONTHS;
    }
    if (MONTH_NAME.matcher(wordsBeforeYear).find()) {
      return DAY_OF_MONTH.matcher(wordsBeforeYear).find() ? DAY : MONTH;
    }
    return YEAR;
  }
}
