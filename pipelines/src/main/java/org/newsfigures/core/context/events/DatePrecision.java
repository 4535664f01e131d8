package org.newsfigures.core.context.events;

import java.util.Locale;

/** How finely a date expression pins a date: "January 14, 2026" a day, "last October" a month, "2018" a year. */
public enum DatePrecision {
  DAY,
  WEEK,
  MONTH,
  YEAR;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
