package org.newsfigures.core.context.events;

import static org.newsfigures.core.time.EnglishDates.MONTH;
import static org.newsfigures.core.text.StartCharPattern.anyCase;
import static org.newsfigures.core.time.EnglishDates.MONTH_ABBREVIATIONS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.newsfigures.core.text.StartCharPattern;
import org.newsfigures.core.time.EnglishDates;

/**
 * Finds date expressions in an article and resolves them to calendar dates: full dates, day ranges ("January 13 to
 * 17, 2026", "Jan. 19 to 21"), month and year ("December 2017"), years ("2018", "late 2025"), and dates relative to
 * the anchor ("last October", "this year", "on Friday", "Wednesday night", "through Jan. 17"). Where expressions
 * overlap the one starting first wins, and at the same start the longer ("January 13 to 17, 2026", not "January 13").
 *
 * <p>Each pattern is run only where its matches can start (see {@link StartCharPattern}): the words given with it
 * are what its matches can begin with.
 */
public final class DateFinder {
  private static final List<String> WEEKDAYS =
      List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
  private static final String WEEKDAY = "(?:" + String.join("|", WEEKDAYS) + ")";
  private static final List<String> UNTIL_WORDS = List.of("through", "until");
  /** Marks a date as the end of a span: "through Jan. 17", "until 2021". */
  private static final String UNTIL = "(?:(?<until>(?i:" + String.join("|", UNTIL_WORDS) + "))\\s+)?";
  /** How a day of the month written before its month begins: a digit, then another or a space. */
  private static final List<String> DAY_DIGITS = dayDigits();
  /** "January 13 to 17, 2026", "Jan. 19 to 21". */
  private static final StartCharPattern DAY_RANGE =
      StartCharPattern.compile(
          "\\b(?<month>" + MONTH + ")\\s+(?<from>\\d{1,2})\\s*(?:to|-|–|through)\\s*(?<to>\\d{1,2})\\b"
              + "(?:,?\\s+(?<year>\\d{4})\\b)?",
          MONTH_ABBREVIATIONS);
  private static final StartCharPattern FULL_DATE =
      StartCharPattern.compile(
          UNTIL + EnglishDates.DATE.pattern(), anyCase(UNTIL_WORDS), DAY_DIGITS, MONTH_ABBREVIATIONS);
  /** "December 2017", "October of 2025". */
  private static final StartCharPattern MONTH_YEAR =
      StartCharPattern.compile("\\b(?<month>" + MONTH + ")\\s+(?:of\\s+)?(?<year>\\d{4})\\b", MONTH_ABBREVIATIONS);
  /** "Jan. 17", "13 January", without a year. */
  private static final StartCharPattern DAY_MONTH =
      StartCharPattern.compile(
          UNTIL + "\\b(?:(?<month>" + MONTH + ")\\s+(?<day>\\d{1,2})"
              + "|(?<dayFirst>\\d{1,2})\\s+(?<monthAfter>" + MONTH + "))\\b",
          anyCase(UNTIL_WORDS),
          DAY_DIGITS,
          MONTH_ABBREVIATIONS);
  /** "last October", "in October" (a month alone only after a preposition, so the verb "May" is no month). */
  private static final StartCharPattern RELATIVE_MONTH =
      StartCharPattern.compile(
          "(?:\\b(?<direction>(?i:last|this|next))\\s+|(?<=\\b(?i:in|since|by|until)\\s))"
              + "(?<month>" + MONTH + ")(?!\\s*\\d)",
          anyCase(List.of("last", "this", "next")),
          MONTH_ABBREVIATIONS);
  /** "2018", "late 2025", "until 2021"; not inside money ("US$2024"), numbers ("1,2019") or percentages. */
  private static final StartCharPattern YEAR =
      StartCharPattern.compile(
          "(?<![\\p{L}\\p{N}$.,])" + UNTIL + "(?:(?i:early|mid|late)[\\s-]+)?(?<year>(?:19|20)\\d{2})"
              + "(?![\\p{N}%]|\\.\\d)",
          anyCase(UNTIL_WORDS),
          anyCase(List.of("early", "mid", "late")),
          List.of("19", "20"));
  /** A year in running text, to find where an "until 2021" span began. */
  private static final Pattern BARE_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
  /** "last year", "later this year", "this week", "next month". */
  private static final StartCharPattern RELATIVE_PERIOD =
      StartCharPattern.compile(
          "\\b(?:(?i:later|earlier)\\s+)?(?<direction>(?i:last|this|next))\\s+(?<unit>year|week|month)\\b",
          anyCase(List.of("later", "earlier", "last", "this", "next")));
  /** "Friday", "last Friday", "Wednesday night". */
  private static final StartCharPattern WEEKDAY_PATTERN =
      StartCharPattern.compile(
          "\\b(?:(?<direction>(?i:last|next))\\s+)?(?<day>" + WEEKDAY + ")"
              + "(?:\\s+(?:night|morning|afternoon|evening))?\\b",
          anyCase(List.of("last", "next")),
          WEEKDAYS);
  private static final Pattern ABBREVIATED_MONTH_END = Pattern.compile("\\b\\p{Lu}\\p{Ll}{2,3}\\.$");
  /** What follows a publication stamp: a clock time or a dateline dash. */
  private static final Pattern STAMP_AFTER = Pattern.compile("\\s*(?:\\d{1,2}:\\d{2}|[-–—]\\s)");

  private static List<String> dayDigits() {
    List<String> beginnings = new ArrayList<>();
    for (char digit = '0'; digit <= '9'; digit++) {
      for (char next : "0123456789 \t\n\u000B\f\r".toCharArray()) {
        beginnings.add("" + digit + next);
      }
    }
    return beginnings;
  }

  /** A day range as written ("January 13 to 17, 2026", "Jan. 19 to 21"); year null when it names none. */
  private record DayRange(MatchResult match, Month month, int from, int to, Integer year) {
    static DayRange of(Matcher m) {
      String year = m.group("year");
      return new DayRange(
          m.toMatchResult(),
          DateFinder.month(m.group("month")),
          Integer.parseInt(m.group("from")),
          Integer.parseInt(m.group("to")),
          year == null ? null : Integer.parseInt(year));
    }
  }

  /** A full date ending a span ("through Jan. 17, 2026"), which starts at the anchor. */
  private record UntilDate(MatchResult match, LocalDate last) {}

  /** Every date expression in text order; relative ones only when an anchor is known. */
  public List<DateMention> find(String text, LocalDate publishedDate) {
    // Day ranges and full dates are read once: those with a year or without "through" are explicit; the others
    // need the anchor, which may be the explicit date nearest them, so relative() resolves them.
    List<DayRange> ranges = new ArrayList<>();
    StartCharPattern.Scan rangeScan = DAY_RANGE.scan(text);
    while (rangeScan.find()) {
      ranges.add(DayRange.of(rangeScan.match()));
    }
    List<DateMention> explicit = new ArrayList<>();
    for (DayRange range : ranges) {
      if (range.year() != null) {
        explicit.add(dayRange(range, text, range.year()));
      }
    }
    List<UntilDate> untilDates = new ArrayList<>();
    StartCharPattern.Scan fullDates = FULL_DATE.scan(text);
    while (fullDates.find()) {
      Matcher full = fullDates.match();
      LocalDate date = EnglishDates.parse(full);
      if (date != null && full.group("until") == null) {
        boolean stamp = STAMP_AFTER.matcher(text).region(full.end(), text.length()).lookingAt();
        explicit.add(mention(full, text, date, date, DatePrecision.DAY, stamp));
      } else if (date != null) {
        untilDates.add(new UntilDate(full.toMatchResult(), date));
      }
    }
    List<DateMention> found = new ArrayList<>(explicit);
    found.addAll(relative(text, publishedDate, explicit, ranges, untilDates));
    found.sort(Comparator.comparingInt(DateMention::start).thenComparing(d -> d.start() - d.end()));
    List<DateMention> kept = new ArrayList<>();
    for (DateMention mention : found) {
      // Kept expressions are disjoint and in start order, so only the last one can overlap the next.
      if (kept.isEmpty() || kept.get(kept.size() - 1).end() <= mention.start()) {
        kept.add(mention);
      }
    }
    return kept;
  }

  /** Expressions that need an anchor, or are coarser than a day; overlaps with others are dropped by the caller. */
  private List<DateMention> relative(
      String text,
      LocalDate publishedDate,
      List<DateMention> explicit,
      List<DayRange> ranges,
      List<UntilDate> untilDates) {
    Anchors anchors = new Anchors(publishedDate, explicit);
    List<DateMention> found = new ArrayList<>();
    for (DayRange range : ranges) {
      RelativeDateResolver resolver = anchors.at(range.match().start());
      if (range.year() == null && resolver != null) {
        found.add(dayRange(range, text, resolver.dayOfMonth(range.month(), range.from()).getYear()));
      }
    }
    for (UntilDate untilDate : untilDates) {
      RelativeDateResolver resolver = anchors.at(untilDate.match().start());
      if (resolver != null) {
        found.add(until(untilDate.match(), text, resolver, untilDate.last()));
      }
    }
    StartCharPattern.Scan scan = MONTH_YEAR.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      LocalDate first = LocalDate.of(Integer.parseInt(m.group("year")), month(m.group("month")), 1);
      found.add(mention(m, text, first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, false));
    }
    scan = DAY_MONTH.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      RelativeDateResolver resolver = anchors.at(m.start());
      if (resolver == null) {
        continue;
      }
      boolean monthFirst = m.group("month") != null;
      Month month = month(monthFirst ? m.group("month") : m.group("monthAfter"));
      int day = Integer.parseInt(monthFirst ? m.group("day") : m.group("dayFirst"));
      if (day < 1 || day > 31) {
        continue;
      }
      LocalDate date = resolver.dayOfMonth(month, day);
      found.add(m.group("until") != null ? until(m, text, resolver, date) : mention(m, text, date, date, DatePrecision.DAY, false));
    }
    scan = RELATIVE_MONTH.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      RelativeDateResolver resolver = anchors.at(m.start());
      if (resolver != null) {
        LocalDate first = resolver.month(month(m.group("month")), RelativeDateResolver.Direction.of(m.group("direction")));
        found.add(mention(m, text, first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, false));
      }
    }
    scan = YEAR.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      int year = Integer.parseInt(m.group("year"));
      int firstYear = m.group("until") == null ? year : earlierYearInSentence(text, m.start()).orElse(year);
      found.add(mention(m, text, LocalDate.of(firstYear, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false));
    }
    scan = RELATIVE_PERIOD.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      RelativeDateResolver resolver = anchors.at(m.start());
      if (resolver != null) {
        found.add(period(m, text, resolver));
      }
    }
    scan = WEEKDAY_PATTERN.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      RelativeDateResolver resolver = anchors.at(m.start());
      if (resolver != null) {
        DayOfWeek day = DayOfWeek.valueOf(m.group("day").toUpperCase(Locale.ROOT));
        LocalDate date = resolver.weekday(day, RelativeDateResolver.Direction.of(m.group("direction")));
        found.add(mention(m, text, date, date, DatePrecision.DAY, false));
      }
    }
    return found;
  }

  /**
   * "In 2018, Canada arrested her and kept her in detention until 2021": an "until" year ends a span that began at
   * the last year named earlier in its sentence.
   */
  private static Optional<Integer> earlierYearInSentence(String text, int position) {
    int sentenceStart = sentenceStartBefore(text, position);
    return BARE_YEAR.matcher(text).region(sentenceStart, position).results()
        .reduce((first, second) -> second)
        .map(year -> Integer.parseInt(year.group()));
  }

  /**
   * Just after the last ". " or line break before position, or 0: found walking back to the nearer of the two, since
   * looking for each separately walked back over a whole paragraph (or article) without line breaks.
   */
  private static int sentenceStartBefore(String text, int position) {
    for (int i = Math.min(position, text.length() - 1); i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * What relative expressions are read against: the publication date, else the explicit day nearest the expression
   * (of two as near, the one listed first), else none. The explicit days are sorted once so the nearest is a binary
   * search away; a pass over all of them per expression grew with the square of the article's length.
   */
  private static final class Anchors {
    private final LocalDate publishedDate;
    private final List<DateMention> explicit;
    /** Indexes into explicit, by start, then by index. */
    private final int[] byStart;

    Anchors(LocalDate publishedDate, List<DateMention> explicit) {
      this.publishedDate = publishedDate;
      this.explicit = explicit;
      this.byStart = IntStream.range(0, explicit.size()).boxed()
          .sorted(Comparator.comparingInt((Integer i) -> explicit.get(i).start()).thenComparing(i -> i))
          .mapToInt(Integer::intValue).toArray();
    }

    RelativeDateResolver at(int position) {
      if (publishedDate != null) {
        return new RelativeDateResolver(publishedDate);
      }
      if (byStart.length == 0) {
        return null;
      }
      int after = firstStartAfter(position);
      // The nearest start is the last at or before the position or the first after it; each may be shared.
      int best = -1;
      for (int k : new int[] {after - 1, after}) {
        if (k < 0 || k >= byStart.length) {
          continue;
        }
        int start = explicit.get(byStart[k]).start();
        for (int j = k; j >= 0 && explicit.get(byStart[j]).start() == start; j--) {
          best = nearer(best, byStart[j], position);
        }
        for (int j = k; j < byStart.length && explicit.get(byStart[j]).start() == start; j++) {
          best = nearer(best, byStart[j], position);
        }
      }
      return new RelativeDateResolver(explicit.get(best).first());
    }

    private int firstStartAfter(int position) {
      int low = 0;
      int high = byStart.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (explicit.get(byStart[middle]).start() <= position) {
          low = middle + 1;
        } else {
          high = middle;
        }
      }
      return low;
    }

    private int nearer(int best, int candidate, int position) {
      if (best < 0) {
        return candidate;
      }
      int bestGap = Math.abs(explicit.get(best).start() - position);
      int gap = Math.abs(explicit.get(candidate).start() - position);
      return gap < bestGap || (gap == bestGap && candidate < best) ? candidate : best;
    }
  }

  private static DateMention dayRange(DayRange range, String text, int year) {
    Month month = range.month();
    LocalDate first = LocalDate.of(year, month, Math.min(range.from(), month.length(Year.isLeap(year))));
    LocalDate last =
        LocalDate.of(year, month, Math.min(Math.max(range.from(), range.to()), month.length(Year.isLeap(year))));
    return mention(range.match(), text, first, last, DatePrecision.DAY, false);
  }

  /** "through Jan. 17": from the anchor (the time of writing) to that day. */
  private static DateMention until(MatchResult m, String text, RelativeDateResolver resolver, LocalDate last) {
    LocalDate first = resolver.anchor().isAfter(last) ? last : resolver.anchor();
    return mention(m, text, first, last, DatePrecision.DAY, false);
  }

  private static DateMention period(Matcher m, String text, RelativeDateResolver resolver) {
    RelativeDateResolver.Direction direction = RelativeDateResolver.Direction.of(m.group("direction"));
    return switch (m.group("unit")) {
      case "year" -> {
        int year = resolver.year(direction);
        yield mention(m, text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DatePrecision.YEAR, false);
      }
      case "month" -> {
        LocalDate first = resolver.monthStart(direction);
        yield mention(m, text, first, first.with(TemporalAdjusters.lastDayOfMonth()), DatePrecision.MONTH, false);
      }
      default -> {
        LocalDate monday = resolver.weekStart(direction);
        yield mention(m, text, monday, monday.plusDays(6), DatePrecision.WEEK, false);
      }
    };
  }

  private static DateMention mention(
      MatchResult m, String text, LocalDate first, LocalDate last, DatePrecision precision, boolean stamp) {
    // A period after a whole month name ends the sentence ("last October."); after "Jan" it abbreviates.
    int end = m.end();
    if (text.charAt(end - 1) == '.' && !ABBREVIATED_MONTH_END.matcher(text.substring(m.start(), end)).find()) {
      end--;
    }
    return new DateMention(m.start(), end, text.substring(m.start(), end), first, last, precision, stamp);
  }

  private static Month month(String name) {
    String prefix = name.substring(0, 3).toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.name().startsWith(prefix)) {
        return month;
      }
    }
    throw new IllegalArgumentException("not a month: " + name);
  }
}
