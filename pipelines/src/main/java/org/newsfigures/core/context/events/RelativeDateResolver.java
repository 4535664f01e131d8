package org.newsfigures.core.context.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * Resolves dates written relative to "now" against an anchor: the article's publication date, or the explicit date
 * nearest the expression when the article has none. News reports the recent past and the near future, so a bare
 * weekday is the one within three days of the anchor and a bare month is the latest one not after the anchor's.
 */
final class RelativeDateResolver {
  /** Which occurrence a relative word asks for: "last October", "next Friday", "this year", or none. */
  enum Direction {
    LAST,
    THIS,
    NEXT,
    NEAREST;

    static Direction of(String word) {
      if (word == null) {
        return NEAREST;
      }
      return valueOf(word.toUpperCase(Locale.ROOT));
    }
  }

  private final LocalDate anchor;

  RelativeDateResolver(LocalDate anchor) {
    this.anchor = anchor;
  }

  LocalDate anchor() {
    return anchor;
  }

  /** A day and month without a year: the year that puts it closest to the anchor ("Jan. 17" in late December). */
  LocalDate dayOfMonth(Month month, int day) {
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      if (day > month.length(Year.isLeap(year))) {
        continue;
      }
      LocalDate candidate = LocalDate.of(year, month, day);
      if (best == null || distance(candidate) < distance(best)) {
        best = candidate;
      }
    }
    return best;
  }

  /** First day of the month a month name without a year names. */
  LocalDate month(Month month, Direction direction) {
    int year = anchor.getYear();
    int anchorMonth = anchor.getMonthValue();
    int value = month.getValue();
    return switch (direction) {
      case LAST -> LocalDate.of(value < anchorMonth ? year : year - 1, month, 1);
      case NEXT -> LocalDate.of(value > anchorMonth ? year : year + 1, month, 1);
      case THIS -> LocalDate.of(year, month, 1);
      case NEAREST -> LocalDate.of(value <= anchorMonth ? year : year - 1, month, 1);
    };
  }

  /** The year "last year", "this year" or "next year" names. */
  int year(Direction direction) {
    return anchor.getYear() + offset(direction);
  }

  /** Monday of the week "last week", "this week" or "next week" names. */
  LocalDate weekStart(Direction direction) {
    return anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(offset(direction));
  }

  /** First day of the month "last month", "this month" or "next month" names. */
  LocalDate monthStart(Direction direction) {
    return anchor.withDayOfMonth(1).plusMonths(offset(direction));
  }

  /** "on Friday": within three days either side of the anchor; "last Friday" before it, "next Friday" after. */
  LocalDate weekday(DayOfWeek day, Direction direction) {
    return switch (direction) {
      case LAST -> anchor.with(TemporalAdjusters.previous(day));
      case NEXT -> anchor.with(TemporalAdjusters.next(day));
      case THIS, NEAREST -> {
        int ahead = (day.getValue() - anchor.getDayOfWeek().getValue() + 7) % 7;
        yield ahead <= 3 ? anchor.plusDays(ahead) : anchor.minusDays(7 - ahead);
      }
    };
  }

  private static int offset(Direction direction) {
    return switch (direction) {
      case LAST -> -1;
      case NEXT -> 1;
      case THIS, NEAREST -> 0;
    };
  }

  private long distance(LocalDate date) {
    return Math.abs(date.toEpochDay() - anchor.toEpochDay());
  }
}
