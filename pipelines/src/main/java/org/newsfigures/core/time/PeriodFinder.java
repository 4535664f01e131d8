package org.newsfigures.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.text.ClauseSplitter;
import org.newsfigures.core.text.StartCharPattern;

/**
 * The periods a sentence names, each with the year it falls in: years a word makes a period ("in 2024", "fiscal
 * 2025", "2024-25", "2025 imports", "exports, 2023:"), years relative to the published date ("last year"), months,
 * quarters and seasons without a year ("in August", "by March 1", "the December quarter", "the year to March",
 * "last fall"), and days near the published date ("on Friday", "next week"). Without a published date only the
 * written years are found.
 *
 * <p>A month without a year is the latest such month up to the published month, or, when its clause speaks of
 * the future ("will", "expects", "due"), the next one from it. Start and end points ("since 2022", "until March")
 * and the day a statement was made ("said on Friday", "data showed Thursday") are not periods.
 */
final class PeriodFinder {
  /**
   * A period named in a sentence.
   *
   * @param year the year it falls in
   * @param start where its phrase starts (the governing word)
   * @param end where its phrase ends
   * @param written whether the year is written out ("in 2024") rather than worked out from the published date
   * @param ahead whether it is a target or a time to come ("by 2030", "from March" in a future clause)
   * @param baseStart where the comparison base it closes starts ("from $29.9 billion in 2024"), or -1: a base's
   *     period belongs only to the figures inside it
   * @param unit how long it is: a year, or a part of one ("in July", "the first half of 2025", "on Friday")
   */
  record Period(int year, int start, int end, boolean written, boolean ahead, int baseStart, PeriodUnit unit) {
    boolean isBase() {
      return baseStart >= 0;
    }

    /** Whether a figure at [figureStart, figureEnd) may take this period. */
    boolean appliesTo(int figureStart, int figureEnd) {
      return !isBase() || (figureStart >= baseStart && figureEnd <= end);
    }
  }

  // A four-digit year that is not part of a larger number, an amount or a range like 2024-25.
  private static final StartCharPattern YEAR =
      StartCharPattern.compile("(?<![\\d.,$€£¥/-])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d|[-–]\\d)", List.of("19", "20"));
  /** "2024-25", "2024–2025": a fiscal or crop year, which ends in its second year. */
  private static final Pattern YEAR_SPAN =
      Pattern.compile("(?<![\\d.,$€£¥/-])((?:19|20)\\d{2})[-–/](\\d{2}|(?:19|20)\\d{2})(?![\\d%])");
  private static final Pattern FISCAL_YEAR_CODE = Pattern.compile("\\bFY\\s?'?(\\d{4}|\\d{2})\\b");

  // What may stand between the governing word and the year.
  private static final String QUALIFIER =
      "(?:(?:early|late|mid|calendar|fiscal|the (?:end|start|beginning|middle|first half|second half"
          + "|(?:first|second|third|fourth|last) quarter|first \\d{1,2} months|(?:first|last) \\w+ months) of)[\\s-]+)?";
  private static final List<String> GOVERNORS =
      List.of("as of", "in", "for", "of", "during", "by", "throughout", "over", "fiscal(?: year)?", "since", "until",
          "till", "from", "to", "before", "after", "between", "and", "through");
  private static final StartCharPattern GOVERNOR_BEFORE_YEAR =
      StartCharPattern.compile(
          "\\b(?<governor>(?i:" + String.join("|", GOVERNORS) + "))\\s+(?i:" + QUALIFIER + ")(?:" + EnglishDates.MONTH
              + "\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:of\\s+)?)?$",
          StartCharPattern.anyCase(GOVERNORS));
  private static final List<String> PERIOD_GOVERNORS =
      List.of("as of", "in", "for", "of", "during", "by", "throughout", "over", "fiscal", "fiscal year");
  private static final int GOVERNOR_LOOKBACK = 60;
  /** "2025 imports": a year naming the period of the measure it stands before. */
  private static final Pattern MEASURE_AFTER_YEAR =
      Pattern.compile(
          "^\\s+(?:imports|exports|trade|sales|shipments|output|production|revenues?|profits?|earnings|budget|gdp"
              + "|growth|surplus|deficit|figures|data|results|harvest|crop|purchases|investment)\\b",
          Pattern.CASE_INSENSITIVE);
  /** "exports to China, 2023: $38.9B", "(customs data, 2025)": a year labelling what follows or what it closes. */
  private static final Pattern LABEL_AFTER_YEAR = Pattern.compile("^\\s*:|^\\)");
  /** Words that put a clause in the future: a month it names is the next one. */
  private static final List<String> FUTURE_WORDS = List.of("will", "would", "shall", "expects?", "expected",
      "due(?!\\s+to\\b)", "scheduled", "set to", "plans?", "planned", "could", "(?-i:may)", "might", "to be");
  private static final Pattern FUTURE =
      Pattern.compile("\\b(?:" + String.join("|", FUTURE_WORDS) + ")\\b|'ll\\b", Pattern.CASE_INSENSITIVE);

  /** A comparison word and a figure before a period: "from $29.9 billion in 2024", "compared with $11.40 in 2019". */
  private static final Pattern BASE_BEFORE =
      Pattern.compile("\\b(?:from|compared\\s+(?:with|to)|versus|vs\\.?|than)\\s+(?:[^\\s,;]+\\s+){0,5}$", Pattern.CASE_INSENSITIVE);
  /** How a base's period reads: "in 2024", "last year"; "from 20% starting in January" dates the change instead. */
  private static final Pattern BASE_PERIOD =
      Pattern.compile("(?:in|during|for|of|over|last|(?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
  /** A past verb right before a month's phrase: "the deposit it imposed in August" looks back, whatever the clause. */
  private static final Pattern PAST_VERB_BEFORE =
      Pattern.compile("\\b(?:\\w+ed|took|began|came|rose|fell|set|made|paid|sold|hit|grew|saw|struck)\\s+$",
          Pattern.CASE_INSENSITIVE);
  /** "Before the first ban in August 2023": a period of an event that bounds another time. */
  private static final Pattern BOUNDED_EVENT_BEFORE =
      Pattern.compile("\\b(?:since|before|after|until|prior to)\\s+(?:the|a|an|its|their|his|her)\\s+(?:[\\w-]+\\s+){0,3}$",
          Pattern.CASE_INSENSITIVE);

  /** "last year"; "the last year" is the twelve months to now, no calendar year. */
  private static final Pattern RELATIVE_YEAR =
      Pattern.compile("(?i)(?<!\\bthe\\s)\\b(last|this|next)\\s+year(?:['’]s)?\\b");
  private static final Pattern COMPARED_TO_BEFORE =
      Pattern.compile("\\b(?:from|since|than|over|on|versus|against)\\s+$", Pattern.CASE_INSENSITIVE);

  private static final String MONTH = EnglishDates.MONTH;
  private static final Pattern MONTH_PERIOD =
      Pattern.compile(
          "\\b(?:(?<relative>(?i:last|this|next))\\s+"
              + "|(?:(?i:in|by|from|starting(?:\\s+in|\\s+on)?|beginning(?:\\s+in)?|as of|effective|on|during"
              + "|for|year\\s+(?:to|ending|ended)(?:\\s+in)?))\\s+(?:(?i:early|late|mid)[\\s-]+)?)"
              + "(?<month>" + MONTH + ")(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?"
              + "(?!,?\\s+(?:of\\s+)?\\d{4})(?<ofThatYear>\\s+of\\s+(?i:that|the same|that same)\\s+year)?");
  private static final Pattern QUARTER_OR_HALF =
      Pattern.compile(
          "\\bthe\\s+(?<which>first|second|third|fourth|1st|2nd|3rd|4th|" + MONTH + ")\\s+(?<unit>quarter|half)\\b"
              + "(?!\\s+(?:of\\s+)?(?:\\d{4}|fiscal|last|next))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SEASON =
      Pattern.compile("\\b(?<relative>last|this|next)\\s+(?<season>spring|summer|fall|autumn|winter)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEAR_DAY =
      Pattern.compile(
          "\\b(?:(?<relative>last|this|next)\\s+(?<unit>week|month)|(?<day>today|yesterday|tomorrow)"
              + "|(?:on\\s+)?(?:(?<weekdayRelative>last|next)\\s+)?(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday"
              + "|Friday|Saturday|Sunday)))\\b",
          Pattern.CASE_INSENSITIVE);
  /** A start or end point: "since last October", "until March". */
  private static final Pattern BOUND_BEFORE = Pattern.compile("\\b(?:since|until|till|before|after)\\s+$",
      Pattern.CASE_INSENSITIVE);
  /** The day a statement or release was made is not a period of the figure: "said on Friday", "showed Thursday". */
  private static final Pattern STATEMENT_BEFORE =
      Pattern.compile(
          "\\b(?:said|says|say|told|announced|announces|showed|shows|show|reported|reports|released|stated|added"
              + "|warned|confirmed|published|estimated|noted)\\s+$",
          Pattern.CASE_INSENSITIVE);
  /** A day of the month after a month's name: "on Jan. 16". */
  private static final Pattern DAY_NUMBER = Pattern.compile("\\d");

  private PeriodFinder() {}

  /** The periods of a sentence in text order; those counted from the published date only when it is known. */
  static List<Period> find(String text, LocalDate published) {
    List<Period> found = new ArrayList<>();
    writtenYears(text, found);
    if (published != null) {
      relativeYears(text, published, found);
      months(text, published, found);
      quartersAndHalves(text, published, found);
      seasons(text, published, found);
      nearDays(text, published, found);
    }
    found.sort(Comparator.comparingInt(Period::start));
    return found;
  }

  private static void writtenYears(String text, List<Period> found) {
    StartCharPattern.Scan years = YEAR.scan(text);
    while (years.find()) {
      Matcher year = years.match();
      addWritten(text, Integer.parseInt(year.group()), year.start(), year.end(), found);
    }
    Matcher span = YEAR_SPAN.matcher(text);
    while (span.find()) {
      int first = Integer.parseInt(span.group(1));
      int second = Integer.parseInt(span.group(2));
      int last = second < 100 ? first - first % 100 + second : second;
      if (last == first + 1) {
        addWritten(text, last, span.start(), span.end(), found);
      }
    }
    Matcher code = FISCAL_YEAR_CODE.matcher(text);
    while (code.find()) {
      int year = Integer.parseInt(code.group(1));
      found.add(plain(year < 100 ? 2000 + year : year, code.start(), code.end(), true, false, PeriodUnit.YEAR, text));
    }
  }

  /** A written year counts when a word makes it a period, when it stands before a measure, or as a label. */
  private static void addWritten(String text, int year, int start, int end, List<Period> found) {
    String after = text.substring(end);
    if (MEASURE_AFTER_YEAR.matcher(after).find() || LABEL_AFTER_YEAR.matcher(after).find()) {
      found.add(plain(year, start, end, true, false, PeriodUnit.YEAR, text));
      return;
    }
    int lookbackStart = Math.max(0, start - GOVERNOR_LOOKBACK);
    StartCharPattern.Scan governors = GOVERNOR_BEFORE_YEAR.scan(text.substring(lookbackStart, start));
    if (!governors.find()) {
      return;
    }
    String governor = governors.match().group("governor").toLowerCase(Locale.ROOT);
    int phraseStart = lookbackStart + governors.match().start();
    if (PERIOD_GOVERNORS.contains(governor)
        && !BOUNDED_EVENT_BEFORE.matcher(text.substring(0, phraseStart)).find()) {
      found.add(plain(year, phraseStart, end, true, governor.equals("by"),
          PeriodUnit.ofQualifier(text.substring(phraseStart, start)), text));
    }
  }

  /** A period, marked as a comparison base when a comparison word and a figure stand right before it. */
  private static Period plain(int year, int start, int end, boolean written, boolean ahead, PeriodUnit unit,
      String text) {
    Matcher base = BASE_BEFORE.matcher(text.substring(0, start));
    boolean isBase = base.find() && text.substring(base.start(), start).chars().anyMatch(Character::isDigit)
        && BASE_PERIOD.matcher(text).region(start, end).lookingAt();
    return new Period(year, start, end, written, ahead, isBase ? base.start() : -1, unit);
  }

  private static void relativeYears(String text, LocalDate published, List<Period> found) {
    Matcher m = RELATIVE_YEAR.matcher(text);
    while (m.find()) {
      if (COMPARED_TO_BEFORE.matcher(text.substring(0, m.start())).find()) {
        continue; // "up from last year": the base of a change, not its period
      }
      String which = m.group(1).toLowerCase(Locale.ROOT);
      int offset = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
      found.add(plain(published.getYear() + offset, m.start(), m.end(), false, offset > 0, PeriodUnit.YEAR, text));
    }
  }

  private static void months(String text, LocalDate published, List<Period> found) {
    Matcher m = MONTH_PERIOD.matcher(text);
    while (m.find()) {
      int month = EnglishDates.MONTH_ABBREVIATIONS.indexOf(m.group("month").substring(0, 3)) + 1;
      String relative = m.group("relative");
      String before = text.substring(0, m.start());
      if (STATEMENT_BEFORE.matcher(before).find() || BOUND_BEFORE.matcher(before).find()) {
        continue;
      }
      int year;
      boolean ahead;
      if (m.group("ofThatYear") != null) {
        // "in June 2025, from the 25 per cent rate imposed in March of that year": the year named before it.
        Period named = found.stream().filter(p -> p.written() && p.end() <= m.start())
            .max(Comparator.comparingInt(Period::end)).orElse(null);
        if (named == null) {
          continue;
        }
        year = named.year();
        ahead = false;
      } else if (relative != null) {
        String which = relative.toLowerCase(Locale.ROOT);
        ahead = which.equals("next");
        year = which.equals("this") ? published.getYear() : yearOfMonth(month, published, ahead, true);
      } else {
        ahead = looksAhead(text, m.start());
        year = yearOfMonth(month, published, ahead, false);
      }
      PeriodUnit unit = DAY_NUMBER.matcher(m.group()).find() ? PeriodUnit.DAY : PeriodUnit.MONTH;
      found.add(plain(year, m.start(), m.end(), false, ahead, unit, text));
    }
  }

  /** Whether a month's phrase at {@code at} is in a clause about the future and not right after a past verb. */
  private static boolean looksAhead(String text, int at) {
    return inFutureClause(text, at) && !PAST_VERB_BEFORE.matcher(text.substring(0, at)).find();
  }

  /** Whether the clause holding position {@code at} speaks of the future. */
  private static boolean inFutureClause(String text, int at) {
    int[] clause = ClauseSplitter.PERIODS.around(text, at);
    return FUTURE.matcher(text).region(clause[0], clause[1]).find();
  }

  /**
   * The year of the month nearest the published date in the direction the text looks: back to the latest such
   * month up to the published one, or ahead to the next one from it; strictly before or after when {@code strict}
   * ("last March", "next March").
   */
  private static int yearOfMonth(int month, LocalDate published, boolean ahead, boolean strict) {
    int current = published.getMonthValue();
    int year = published.getYear();
    if (ahead) {
      return month > current || (!strict && month == current) ? year : year + 1;
    }
    return month < current || (!strict && month == current) ? year : year - 1;
  }

  private static void quartersAndHalves(String text, LocalDate published, List<Period> found) {
    Matcher m = QUARTER_OR_HALF.matcher(text);
    while (m.find()) {
      String which = m.group("which").toLowerCase(Locale.ROOT);
      boolean half = m.group("unit").equalsIgnoreCase("half");
      int lastMonth;
      int monthName = EnglishDates.MONTH_ABBREVIATIONS.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList()
          .indexOf(which.length() >= 3 ? which.substring(0, 3) : which);
      if (monthName >= 0 && !half) {
        lastMonth = monthName + 1;
      } else {
        int ordinal = List.of("first", "second", "third", "fourth").indexOf(which);
        ordinal = ordinal >= 0 ? ordinal : List.of("1st", "2nd", "3rd", "4th").indexOf(which);
        if (ordinal < 0 || (half && ordinal > 1)) {
          continue;
        }
        lastMonth = (ordinal + 1) * (half ? 6 : 3);
      }
      boolean ahead = looksAhead(text, m.start());
      found.add(plain(yearOfMonth(lastMonth, published, ahead, false), m.start(), m.end(), false, ahead,
          half ? PeriodUnit.HALF : PeriodUnit.QUARTER, text));
    }
  }

  private static void seasons(String text, LocalDate published, List<Period> found) {
    Matcher m = SEASON.matcher(text);
    while (m.find()) {
      String season = m.group("season").toLowerCase(Locale.ROOT);
      int firstMonth = switch (season) {
        case "spring" -> 3;
        case "summer" -> 6;
        case "winter" -> 12;
        default -> 9;
      };
      String which = m.group("relative").toLowerCase(Locale.ROOT);
      boolean ahead = which.equals("next");
      int year = which.equals("this") ? published.getYear() : yearOfMonth(firstMonth, published, ahead, true);
      found.add(plain(year, m.start(), m.end(), false, ahead, PeriodUnit.SEASON, text));
    }
  }

  private static void nearDays(String text, LocalDate published, List<Period> found) {
    Matcher m = NEAR_DAY.matcher(text);
    while (m.find()) {
      if (STATEMENT_BEFORE.matcher(text.substring(0, m.start())).find()) {
        continue;
      }
      LocalDate day;
      boolean ahead;
      PeriodUnit unit = PeriodUnit.DAY;
      if (m.group("unit") != null) {
        String which = m.group("relative").toLowerCase(Locale.ROOT);
        int step = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
        boolean week = m.group("unit").equalsIgnoreCase("week");
        day = week ? published.plusWeeks(step) : published.plusMonths(step);
        unit = week ? PeriodUnit.WEEK : PeriodUnit.MONTH;
        ahead = step > 0;
      } else if (m.group("day") != null) {
        String which = m.group("day").toLowerCase(Locale.ROOT);
        day = published.plusDays(which.equals("yesterday") ? -1 : which.equals("tomorrow") ? 1 : 0);
        ahead = which.equals("tomorrow");
      } else {
        DayOfWeek weekday = DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT));
        String relative = m.group("weekdayRelative");
        ahead = relative != null ? relative.equalsIgnoreCase("next") : inFutureClause(text, m.start());
        int back = Math.floorMod(published.getDayOfWeek().getValue() - weekday.getValue(), 7);
        int forward = Math.floorMod(weekday.getValue() - published.getDayOfWeek().getValue(), 7);
        day = ahead ? published.plusDays(forward) : published.minusDays(back);
      }
      found.add(plain(day.getYear(), m.start(), m.end(), false, ahead, unit, text));
    }
  }
}
