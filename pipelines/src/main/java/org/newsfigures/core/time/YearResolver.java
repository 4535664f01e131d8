package org.newsfigures.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.text.StartCharPattern;

/**
 * The reference year a figure is about, when its sentence or its paragraph says so.
 *
 * <p>A year counts only when a word that makes it the figure's period governs it: "in", "for", "of", "during",
 * "as of", "by" (a target year), "throughout" or "fiscal" — possibly with a qualifier and a month in between
 * ("in late 2025", "as of December 2024", "by the end of 2035") — or when it stands directly after the figure
 * ("US$118.7 billion 2024"). Everything else is ignored: start and end points ("since 2022", "until 2021",
 * "from 2020 to 2024"), years in a date naming an event day ("on Jan. 14, 2026": the day something happened, not
 * a period a figure measures), and bare years ("2018, when ...").
 *
 * <p>The figure takes, in order:
 *
 * <ol>
 *   <li>the governed year closest to it in the same clause; clauses are split at ";" and at a comma followed by
 *       "and", "but", "while", "whereas", "although", "though" or "yet" ("More than 1.8 million residents ...,
 *       and as of December 2024, approximately 100,000 citizens": only the 100,000 is of 2024);
 *   <li>"last year", "this year" or "next year" in the figure's clause, relative to the article's published date
 *       (no published date: not resolved);
 *   <li>a year in an adverbial opening the sentence ("In 2024, exports rose 5%, and imports fell 3%"), which
 *       frames every clause;
 *   <li>when the sentence says "that year", "the same year" or "that same year": the last governed year of the
 *       nearest earlier sentence of the same paragraph that has one;
 *   <li>when the sentence names no year at all and opens with a connective that continues the previous
 *       sentence's topic ("However,", "Meanwhile,", "Of that/this,", "That/This included"): the year of the
 *       immediately preceding sentence of the same paragraph, if that sentence has exactly one. "The trade
 *       totalled US$118.7 billion in 2024. However, imports reached US$88.8 billion ..." breaks the same total
 *       down, so it is about the same year;
 *   <li>when the sentence names no year at all (neither a year nor "last/this/next year"): the year of its
 *       paragraph, when every earlier sentence of the paragraph that names a period names the same single one
 *       (the paragraph stays on one period).
 * </ol>
 *
 * <p>Otherwise the year is null: no year is guessed.
 *
 * <p>Instances are stateless and safe to share between threads; in a Beam DoFn create one in {@code @Setup}.
 */
public final class YearResolver {
  // A four-digit year that is not part of a larger number, an amount or a range like 2024-25.
  private static final StartCharPattern YEAR =
      StartCharPattern.compile("(?<![\\d.,$€£¥/-])(?:19|20)\\d{2}(?![\\d%]|[.,]\\d|-\\d)", List.of("19", "20"));

  // What may stand between the governing word and the year.
  private static final String QUALIFIER =
      "(?:(?:early|late|mid|calendar|fiscal|the (?:end|start|beginning|middle|first half|second half"
          + "|(?:first|second|third|fourth|last) quarter) of)[\\s-]+)?";
  private static final List<String> GOVERNORS =
      List.of("as of", "in", "for", "of", "during", "by", "throughout", "fiscal(?: year)?", "since", "until", "till",
          "from", "to", "before", "after", "between", "and", "through");
  private static final StartCharPattern GOVERNOR_BEFORE_YEAR =
      StartCharPattern.compile(
          "\\b(?<governor>(?i:" + String.join("|", GOVERNORS) + "))\\s+(?i:" + QUALIFIER + ")(?:" + EnglishDates.MONTH
              + "\\s+)?$",
          StartCharPattern.anyCase(GOVERNORS));
  private static final List<String> PERIOD_GOVERNORS =
      List.of("as of", "in", "for", "of", "during", "by", "throughout", "fiscal", "fiscal year");
  private static final int GOVERNOR_LOOKBACK = 60;

  private static final StartCharPattern CLAUSE_BOUNDARY =
      StartCharPattern.compile(";|,\\s+(?:and|but|while|whereas|although|though|yet)\\b", List.of(";", ","));
  private static final Pattern RELATIVE_YEAR = Pattern.compile("(?i)\\b(last|this|next)\\s+year(?:['’]s)?\\b");
  private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\b(?:that|the same|that same)\\s+year\\b");
  private static final Pattern CONTINUING_CONNECTIVE =
      Pattern.compile("^[\"“]?(?:However,|Meanwhile,|Of (?:that|this),|(?:That|This) included\\b)");

  /** A year and the stretch of the sentence that makes it a period: governing word through year. */
  private record GovernedYear(int year, int phraseStart, int end) {}

  /**
   * @param sentences the article's sentences in order (list position = {@link Sentence#index()})
   * @param sentenceIndex the figure's sentence
   * @param figureStart start of the figure within that sentence's text (UTF-16)
   * @param figureEnd end of the figure within that sentence's text (UTF-16, exclusive)
   * @param published the article's published date, which "last year" counts from; null when unknown
   * @return the reference year, or null when the text does not say it
   */
  public Integer resolve(
      List<Sentence> sentences, int sentenceIndex, int figureStart, int figureEnd, LocalDate published) {
    Sentence sentence = sentences.get(sentenceIndex);
    String text = sentence.text();
    Objects.checkFromToIndex(figureStart, figureEnd, text.length());
    List<GovernedYear> years = governedYears(text, figureStart, figureEnd);

    Clause clause = clauseAround(text, figureStart, figureEnd);
    Integer inClause = closestInClause(years, clause, figureStart, figureEnd);
    if (inClause != null) {
      return inClause;
    }
    Matcher relative = RELATIVE_YEAR.matcher(text).region(clause.start(), clause.end());
    if (published != null && relative.find()) {
      String which = relative.group(1).toLowerCase(Locale.ROOT);
      return published.getYear() + (which.equals("last") ? -1 : which.equals("next") ? 1 : 0);
    }
    for (GovernedYear year : years) {
      if (text.substring(0, year.phraseStart()).isBlank() && text.startsWith(",", year.end())) {
        return year.year();
      }
    }
    if (THAT_YEAR.matcher(text).find()) {
      for (int i = sentenceIndex - 1; i >= 0 && sameParagraph(sentences, i, sentence); i--) {
        List<GovernedYear> earlier = governedYears(sentences.get(i).text(), -1, -1);
        if (!earlier.isEmpty()) {
          return earlier.get(earlier.size() - 1).year();
        }
      }
      return null;
    }
    boolean continuesPrevious =
        CONTINUING_CONNECTIVE.matcher(text).find() && !YEAR.scan(text).find() && sentenceIndex > 0;
    if (continuesPrevious && sameParagraph(sentences, sentenceIndex - 1, sentence)) {
      List<Integer> previous =
          governedYears(sentences.get(sentenceIndex - 1).text(), -1, -1).stream().map(GovernedYear::year).distinct().toList();
      return previous.size() == 1 ? previous.get(0) : null;
    }
    if (!YEAR.scan(text).find() && !RELATIVE_YEAR.matcher(text).find()) {
      return paragraphPeriod(sentences, sentence);
    }
    return null;
  }

  /** The one year the earlier sentences of the paragraph name, when they name exactly one; else null. */
  private static Integer paragraphPeriod(List<Sentence> sentences, Sentence sentence) {
    List<Integer> named = new ArrayList<>();
    for (int i = sentence.index() - 1; i >= 0 && sameParagraph(sentences, i, sentence); i--) {
      String earlier = sentences.get(i).text();
      governedYears(earlier, -1, -1).forEach(y -> named.add(y.year()));
      if (RELATIVE_YEAR.matcher(earlier).find()) {
        return null; // a relative year is a second period, or an unknown one
      }
    }
    List<Integer> distinct = named.stream().distinct().toList();
    return distinct.size() == 1 ? distinct.get(0) : null;
  }

  private static boolean sameParagraph(List<Sentence> sentences, int index, Sentence sentence) {
    return sentences.get(index).paragraph() == sentence.paragraph();
  }

  /**
   * Years in the text that name a period, outside the figure's own span [figureStart, figureEnd); both -1 for a
   * sentence read only for its years, where no figure can stand before a bare year.
   */
  private static List<GovernedYear> governedYears(String text, int figureStart, int figureEnd) {
    List<GovernedYear> governed = new ArrayList<>();
    StartCharPattern.Scan years = YEAR.scan(text);
    while (years.find()) {
      Matcher year = years.match();
      if (figureStart >= 0 && year.start() < figureEnd && year.end() > figureStart) {
        continue;
      }
      int value = Integer.parseInt(year.group());
      if (figureEnd >= 0 && year.start() >= figureEnd && text.substring(figureEnd, year.start()).isBlank()) {
        governed.add(new GovernedYear(value, year.start(), year.end()));
        continue;
      }
      int lookbackStart = Math.max(0, year.start() - GOVERNOR_LOOKBACK);
      StartCharPattern.Scan governors = GOVERNOR_BEFORE_YEAR.scan(text.substring(lookbackStart, year.start()));
      if (governors.find()
          && PERIOD_GOVERNORS.contains(governors.match().group("governor").toLowerCase(Locale.ROOT))) {
        governed.add(new GovernedYear(value, lookbackStart + governors.match().start(), year.end()));
      }
    }
    return governed;
  }

  /** Where the figure's clause starts and ends in its sentence. */
  private record Clause(int start, int end) {}

  private static Clause clauseAround(String text, int figureStart, int figureEnd) {
    int clauseStart = 0;
    int clauseEnd = text.length();
    StartCharPattern.Scan boundaries = CLAUSE_BOUNDARY.scan(text);
    while (boundaries.find()) {
      Matcher boundary = boundaries.match();
      if (boundary.end() <= figureStart) {
        clauseStart = boundary.end();
      } else if (boundary.start() >= figureEnd) {
        clauseEnd = boundary.start();
        break;
      }
    }
    return new Clause(clauseStart, clauseEnd);
  }

  /** The governed year nearest the figure in the figure's clause, or null. */
  private static Integer closestInClause(List<GovernedYear> years, Clause clause, int figureStart, int figureEnd) {
    GovernedYear closest = null;
    int closestDistance = Integer.MAX_VALUE;
    for (GovernedYear year : years) {
      if (year.phraseStart() < clause.start() || year.end() > clause.end()) {
        continue;
      }
      int distance = year.phraseStart() >= figureEnd ? year.phraseStart() - figureEnd : figureStart - year.end();
      // On a tie the year after the figure wins: "US$118.7 billion in 2024" is the common shape.
      if (distance < closestDistance || (distance == closestDistance && year.phraseStart() >= figureEnd)) {
        closest = year;
        closestDistance = distance;
      }
    }
    return closest == null ? null : closest.year();
  }
}
