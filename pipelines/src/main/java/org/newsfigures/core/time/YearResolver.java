package org.newsfigures.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.text.ClauseSplitter;
import org.newsfigures.core.time.PeriodFinder.Period;

/**
 * The reference year a figure is about, when its sentence, its paragraph or its article says so.
 *
 * <p>The periods a sentence names are found by {@link PeriodFinder}: written years that a word makes a period ("in
 * 2024", "fiscal 2025", "2024-25", "by 2035"), and, counted from the published date, "last year", months ("in
 * August", "by March 1"), quarters, seasons and near days ("on Friday", "next week"). Start and end points ("since
 * 2022"), event days ("on Jan. 14, 2026"), the day a statement was made ("said on Friday") and comparison bases
 * ("from $29.9 billion in 2024", which belongs to the $29.9 billion only) are not the period of other figures.
 *
 * <p>The figure takes, in order:
 *
 * <ol>
 *   <li>when it is followed by "a year earlier" ("from 75.9 per cent a year earlier"): the year before the one the
 *       rules below give it;
 *   <li>when it is a rate per year, month, week or day ("$5 billion a year", "9 per cent annually", "$1,500 a
 *       month"): only a target year of its clause ("by 2040"), else none, since a rate is not of one year;
 *   <li>the period nearest to it in its clause ({@link ClauseSplitter#PERIODS}); on a tie the one after it; a length of
 *       time ("a four-day visit") takes nothing more;
 *   <li>a period in an adverbial opening the sentence ("In 2024, exports rose 5%, and imports fell 3%");
 *   <li>for a tariff, duty or other rate, nothing more: a rate stands until changed, and a period elsewhere is not
 *       its own;
 *   <li>when the sentence says "that year" or "the same year": the last period of the nearest earlier sentence of
 *       the paragraph that names one;
 *   <li>when the sentence opens with a connective continuing the previous one ("However,", "Meanwhile,") and
 *       names no period: the single period of the previous sentence in the paragraph;
 *   <li>when the figure's clause tells a finished fact (no "will", "has", "is", "now", no opening "Before ..."):
 *       the single period of its sentence; or, when the sentence names none, the single period the earlier
 *       sentences of its paragraph name; or, when they name none, the article's period: the first period its
 *       lead (first {@value #LEAD_SENTENCES} sentences) names that is neither a target nor to come. News leads
 *       with the period its figures are of, and later paragraphs that leave the year out continue it ("Imports
 *       fell 1.1 percent to $631.4 billion"); it also dates the headline, and a sentence before the one naming
 *       it gets nothing from it.
 *   <li>A year bounding a span in the sentence ("imports since 2020") stops any carrying.
 * </ol>
 *
 * <p>Otherwise the year is null: no year is guessed.
 *
 * <p>Instances are stateless and safe to share between threads; in a Beam DoFn create one in {@code @Setup}.
 */
public final class YearResolver {
  /** What may stand between a figure and what qualifies it: "($42.5 billion)", a unit the figure left out ("reais"). */
  private static final String PARENTHESIS =
      "(?:\\s*\\([^)]*\\))?(?:\\s+(?!(?:from|on|than|over|versus|compared|against|to|in|by)\\b)[\\p{L}-]+){0,2}?";
  private static final Pattern YEAR_EARLIER_AFTER =
      Pattern.compile(
          "^" + PARENTHESIS + "\\s+(?:a year (?:earlier|ago|before)|the (?:previous|prior|preceding) year"
              + "|in the (?:previous|prior|preceding) year)\\b");
  private static final Pattern PER_PERIOD_AFTER =
      Pattern.compile(
          "^" + PARENTHESIS + "\\s+(?:(?:a|per|each|every)\\s+(?:year|month|week|day)\\b(?!\\s+(?:earlier|ago|before|later))"
              + "|annually\\b|monthly\\b|weekly\\b"
              + "|(?:in\\s+)?the\\s+first\\s+year\\b)");
  private static final String RATE_WORD = "(?:tariffs?|dut(?:y|ies)|lev(?:y|ies)|surtax(?:es)?|taxe?s?|rates?)";
  private static final Pattern RATE_AFTER =
      Pattern.compile("^(?:[-\\s]+[\\w.$-]+){0,2}?[-\\s]+" + RATE_WORD + "\\b", Pattern.CASE_INSENSITIVE);
  /** A rate word, then only prepositions and hedges before the figure: "tariffs of as much as", "duties, in some cases over". */
  private static final Pattern RATE_BEFORE =
      Pattern.compile(
          "\\b" + RATE_WORD + "(?:\\s+(?:on|for)(?:\\s+[^\\s\\d,;]+){1,3})?"
              + "(?:[,\\s]+(?:of|at|to|from|over|above|in|some|cases|up|as|high|much|around|about|nearly|roughly|just"
              + "|only|and|cut|raised|lowered|increased|reduced|on entry into force|\\d+(?:\\.\\d+)?\\s*(?:%|per cent|percent|pct)))+"
              + "[,\\s]+$",
          Pattern.CASE_INSENSITIVE);
  /** What makes a clause something other than a finished fact: the future, a state, a perfect, a modal. */
  private static final Pattern NOT_A_FINISHED_FACT =
      Pattern.compile(
          "\\b(?:will|would|could|should|(?-i:may)|might|can|shall|has|have|had|is|are|remains?|stands?|now"
              + "|currently|previously|accounts?|takes|faces?|buys|sends|supplies|employs|costs|holds|expects?"
              + "|(?<!\\bto\\s)(?:take|sell|sells|supply)|makes? up|represents?"
              + "|estimates|forecasts|plans|aims|seeks|wants|hopes|targets|target|aim|goals?|says)\\b|'(?:ll|ve)\\b",
          Pattern.CASE_INSENSITIVE);
  /** An opening adverbial that moves the sentence to another time: "Before the dispute, ...". */
  private static final Pattern OTHER_TIME_OPENING =
      Pattern.compile("^[\"“]?(?:Before|After|Until|Since|Prior to|Under)\\b");
  private static final Pattern SETTING_VERB =
      Pattern.compile("\\b(?:impos(?:e|es|ed|ing)|slap(?:s|ped|ping)?|levie[sd]|levying|introduc(?:e|es|ed|ing)"
          + "|rais(?:e|es|ed|ing)|set(?:s|ting)?|doubl(?:e|es|ed|ing))\\b", Pattern.CASE_INSENSITIVE);
  /** A figure a value changed from, the base of the change: "down from the 75.8 per cent", "from just $12 million". */
  private static final Pattern BASE_FIGURE_BEFORE =
      Pattern.compile(
          "\\bfrom\\s+(?:(?:the|a|an|its|their|just|only|about|around"
              + "|roughly|nearly|almost|some|less than|more than|over|under|a revised)\\s+)*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION =
      Pattern.compile("(?i)(?:^|[\\s-])(?:hours?|days?|weeks?|months?|quarters?|years?|decades?)(?:-long)?$");
  /** "full-year exports", "the first time annual exports topped": the year the article reports on. */
  private static final Pattern FULL_YEAR =
      Pattern.compile("(?i)\\bfull[- ]year\\b|\\bannual\\s+(?:exports|imports|trade|sales|shipments|output)\\b");
  /**
   * How far into an article its period may first be named: the headline, the header lines scraped with it and the
   * lead paragraphs. A year first named further down is of a passage, not of the article.
   */
  private static final int LEAD_SENTENCES = 12;
  /**
   * A span a year bounds ("imports since 2020"): its figures are of that span, not of one carried year. A record
   * since a year ("the largest since 2017", "the first time since 2019") is a comparison, not a span.
   */
  private static final Pattern SPAN_YEAR =
      Pattern.compile("(?i)(?<!(?:est|most|least|time)\\s)\\b(?:since|from|until|till|through|between)\\s+(?:(?:early|late|mid)[\\s-]+)?(?:19|20)\\d{2}\\b");
  private static final Pattern HEADLINE_END = Pattern.compile("[.!?:][\"”’)]?$");
  private static final Pattern SINCE_AFTER = Pattern.compile("(?i)\\s+since\\b");
  private static final Pattern SET_PARTICIPLE_BEFORE = Pattern.compile(
      "(?i)\\b(?:set|announced|launched|unveiled|proposed|introduced)\\s+$");
  private static final Pattern NOW = Pattern.compile("(?i)\\bnow\\b");
  private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:said|says|told)\\b");
  /** A word that starts in lowercase: a sentence has one, a ticker or caption line of names has none. */
  private static final Pattern LOWERCASE = Pattern.compile("(?<!\\p{L})\\p{Ll}");
  private static final Pattern THAT_YEAR = Pattern.compile("(?i)\\b(?:that|the same|that same)\\s+year\\b");
  private static final Pattern CONTINUING_CONNECTIVE =
      Pattern.compile("^[\"“]?(?:However,|Meanwhile,|Of (?:that|this),|(?:That|This) included\\b)");
  /** Text ending in a conjunction that opens a clause about another event ("… since "). */
  private static final Pattern EVENT_CONJUNCTION_BEFORE =
      Pattern.compile("(?:" + String.join("|", ClauseSplitter.EVENT_CONJUNCTIONS) + ")\\s+$");

  /** The last article's periods, per thread: the figures of one article are resolved one after another. */
  private final ThreadLocal<ArticlePeriods> last = new ThreadLocal<>();

  /**
   * @param sentences the article's sentences in order (list position = {@link Sentence#index()})
   * @param sentenceIndex the figure's sentence
   * @param figureStart start of the figure within that sentence's text (UTF-16)
   * @param figureEnd end of the figure within that sentence's text (UTF-16, exclusive)
   * @param published the article's published date, which "last year" and months count from; null when unknown
   * @return the reference year, or null when the text does not say it
   */
  public Integer resolve(
      List<Sentence> sentences, int sentenceIndex, int figureStart, int figureEnd, LocalDate published) {
    return dated(sentences, sentenceIndex, figureStart, figureEnd, published).year();
  }

  /**
   * A figure's year and how long its period is.
   *
   * @param year the reference year, or null when the text does not say it
   * @param unit the length of the period its own words name (a year, a month, a quarter …); null when the year is
   *     carried from other sentences or the words name none
   */
  public record Dated(Integer year, PeriodUnit unit) {
    static final Dated NONE = new Dated(null, null);

    static Dated of(PeriodFinder.Period period) {
      return period == null ? NONE : new Dated(period.year(), period.unit());
    }

    /** The year, said by words that name no length of period ("that year", a year carried from the paragraph). */
    static Dated carried(Integer year) {
      return new Dated(year, null);
    }

  }

  /** {@link #resolve}, with the length of the period. */
  public Dated dated(
      List<Sentence> sentences, int sentenceIndex, int figureStart, int figureEnd, LocalDate published) {
    ArticlePeriods periods = last.get();
    if (periods == null || periods.sentences != sentences || !Objects.equals(periods.published, published)) {
      periods = new ArticlePeriods(sentences, published);
      last.set(periods);
    }
    String text = sentences.get(sentenceIndex).text();
    Objects.checkFromToIndex(figureStart, figureEnd, text.length());
    if (!LOWERCASE.matcher(text).find()) {
      return Dated.NONE; // a ticker or caption line ("Magna International Inc. (MG.TO) CA$57.80 (+1.42%)") tells no period
    }
    if (YEAR_EARLIER_AFTER.matcher(text.substring(figureEnd)).lookingAt()) {
      Dated compared = periods.yearOf(sentenceIndex, figureStart, figureEnd, true);
      return compared.year() == null ? Dated.NONE : new Dated(compared.year() - 1, compared.unit());
    }
    return periods.yearOf(sentenceIndex, figureStart, figureEnd, false);
  }

  /** An article's sentences with the periods each names, found once. */
  private static final class ArticlePeriods {
    private final List<Sentence> sentences;
    private final LocalDate published;
    private final List<List<Period>> bySentence;
    /** Per sentence, the years its paragraph named before it ({@link #yearsBefore}); null until read. */
    private final List<List<Integer>> yearsBefore;
    private Integer articlePeriod;
    private int articlePeriodSentence = -1;

    ArticlePeriods(List<Sentence> sentences, LocalDate published) {
      this.sentences = sentences;
      this.published = published;
      this.bySentence = new ArrayList<>();
      this.yearsBefore = new ArrayList<>();
      sentences.forEach(s -> {
        bySentence.add(null);
        yearsBefore.add(null);
      });
    }

    private List<Period> periods(int sentenceIndex) {
      List<Period> found = bySentence.get(sentenceIndex);
      if (found == null) {
        found = PeriodFinder.find(sentences.get(sentenceIndex).text(), published);
        bySentence.set(sentenceIndex, found);
      }
      return found;
    }

    /**
     * The periods a sentence goes on with: neither comparison bases, nor the time of another event, nor a target or
     * time to come ("will lift exports … by 2030": a goal, not the period of what the next sentence states).
     */
    private List<Period> carriedPeriods(int sentenceIndex) {
      String text = sentences.get(sentenceIndex).text();
      return periods(sentenceIndex).stream()
          .filter(p -> !p.isBase() && !p.ahead() && !inEventClause(text, p.start(), p.end()))
          .toList();
    }

    private List<Integer> namedYears(int sentenceIndex) {
      return carriedPeriods(sentenceIndex).stream().map(Period::year).distinct().toList();
    }

    /**
     * @param yearEarlier whether the figure is "a year earlier" than the period it is compared with, which is the
     *     period asked for
     */
    Dated yearOf(int sentenceIndex, int figureStart, int figureEnd, boolean yearEarlier) {
      String text = sentences.get(sentenceIndex).text();
      List<Period> usable = new ArrayList<>();
      for (Period period : periods(sentenceIndex)) {
        boolean overlapsFigure = period.start() < figureEnd && period.end() > figureStart;
        if (!overlapsFigure && period.appliesTo(figureStart, figureEnd)
            && !ClauseSplitter.inOtherRelativeClause(text, period.start(), period.end(), figureStart, figureEnd)) {
          usable.add(period);
        }
      }
      int[] clause = ClauseSplitter.PERIODS.around(text, figureStart, figureEnd);
      String after = text.substring(figureEnd);
      if (PER_PERIOD_AFTER.matcher(after).lookingAt()) {
        return Dated.of(
            nearest(usable.stream().filter(p -> p.written() && p.ahead()).toList(), clause, figureStart, figureEnd));
      }
      int openingStart = text.startsWith("\"") || text.startsWith("“") ? 1 : 0;
      Period opening = usable.stream()
          .filter(p -> p.start() == openingStart && text.startsWith(",", p.end()))
          .findFirst()
          .orElse(null);
      boolean rate = RATE_AFTER.matcher(after).lookingAt() || RATE_BEFORE.matcher(text.substring(0, figureStart)).find();
      if (rate) {
        // A rate's period is when it was set or takes effect, told after it: "a 75.8% deposit imposed in August".
        // Or the period before it when a verb that sets it stands between: "in 2024 when Ottawa imposed a 100% tariff".
        Period setOrEffective = nearest(
            usable.stream()
                .filter(p -> p.start() >= figureEnd
                    || SETTING_VERB.matcher(text.substring(p.end(), figureStart)).find())
                .toList(),
            clause, figureStart, figureEnd);
        return Dated.of(setOrEffective != null ? setOrEffective : opening);
      }
      if (!yearEarlier && BASE_FIGURE_BEFORE.matcher(text.substring(0, figureStart)).find()) {
        // "down from the 75.8 per cent deposit imposed in August": a base takes only a period it names itself.
        return Dated.of(
            nearest(usable.stream().filter(p -> p.start() >= figureEnd).toList(), clause, figureStart, figureEnd));
      }
      // When a goal or plan was set or announced ("a $100 billion investment goal first set in 2019") is not the
      // figure's period; a deal's figures are of the deal ("the deal struck last July").
      usable.removeIf(p -> SET_PARTICIPLE_BEFORE.matcher(text).region(0, p.start()).find());
      Period inClause = nearest(usable, clause, figureStart, figureEnd);
      if (inClause != null && inClause.end() <= figureStart && published != null
          && NOW.matcher(text).region(inClause.end(), figureStart).find()) {
        // "sold for about $380,000 last year now costs more than $450,000": the period is the earlier figure's.
        return new Dated(published.getYear(), null);
      }
      if (inClause != null || DURATION.matcher(text.substring(figureStart, figureEnd)).find()) {
        return Dated.of(inClause); // a length of time ("a four-day visit") is of no period but its clause's
      }
      if (opening != null) {
        return Dated.of(opening);
      }
      if (FULL_YEAR.matcher(text).region(clause[0], clause[1]).find()) {
        Integer year = articlePeriod(Integer.MAX_VALUE);
        return new Dated(year, year == null ? null : PeriodUnit.YEAR);
      }
      if (THAT_YEAR.matcher(text).find()) {
        for (int i = sentenceIndex - 1; i >= 0 && sameParagraph(i, sentenceIndex); i--) {
          List<Period> earlier = periods(i).stream().filter(p -> !p.isBase()).toList();
          if (!earlier.isEmpty()) {
            return Dated.carried(earlier.get(earlier.size() - 1).year());
          }
        }
        return Dated.NONE;
      }
      // A change since a point ("fallen 12% since July", "shrunk by a fifth since its 2021 peak") runs to the time the
      // article reports on.
      if (SINCE_AFTER.matcher(text).region(figureEnd, clause[1]).lookingAt()) {
        return Dated.carried(articlePeriod(Integer.MAX_VALUE));
      }
      // A clause reporting what someone said ("…, and Sidhu said the firms were studying projects worth …") is another
      // statement: the sentence's other periods are not its own.
      boolean reported = REPORTED.matcher(text).region(clause[0], figureStart).find();
      List<Period> ownPeriods = usable.stream()
          .filter(p -> !p.isBase() && !inEventClause(text, p.start(), p.end()))
          .filter(p -> !reported || p.start() >= clause[0] && p.end() <= clause[1])
          .toList();
      List<Integer> own = ownPeriods.stream().map(Period::year).distinct().toList();
      if (own.isEmpty() && sentenceIndex > 0 && CONTINUING_CONNECTIVE.matcher(text).find()
          && !SPAN_YEAR.matcher(text).find()
          && sameParagraph(sentenceIndex - 1, sentenceIndex)) {
        List<Integer> previous = namedYears(sentenceIndex - 1);
        if (previous.size() == 1) {
          return Dated.carried(previous.get(0));
        }
      }
      // A relative clause within the figure's clause tells of something else: "Exports, which account for ...,".
      String clauseText = ClauseSplitter.withoutRelativeClauses(text, clause[0], clause[1]);
      if (NOT_A_FINISHED_FACT.matcher(clauseText).find() || OTHER_TIME_OPENING.matcher(text).find()) {
        return Dated.NONE;
      }
      if (!own.isEmpty()) {
        List<PeriodUnit> units = ownPeriods.stream().map(Period::unit).distinct().toList();
        return own.size() == 1 ? new Dated(own.get(0), units.size() == 1 ? units.get(0) : null) : Dated.NONE;
      }
      return SPAN_YEAR.matcher(text).find() ? Dated.NONE : Dated.carried(carried(sentenceIndex));
    }

    /** The single period of the paragraph's earlier sentences; when they name none, the article's period. */
    private Integer carried(int sentenceIndex) {
      List<Integer> distinct = yearsBefore(sentenceIndex);
      if (!distinct.isEmpty()) {
        return distinct.size() == 1 ? distinct.get(0) : null;
      }
      return articlePeriod(sentenceIndex);
    }

    /**
     * The distinct years the paragraph's sentences before this one name, at most two (two already mean no single
     * period): built on the previous sentence's, so that a long paragraph is read once, not once per figure.
     */
    private List<Integer> yearsBefore(int sentenceIndex) {
      if (sentenceIndex == 0 || !sameParagraph(sentenceIndex - 1, sentenceIndex)) {
        return List.of();
      }
      List<Integer> known = yearsBefore.get(sentenceIndex);
      if (known != null) {
        return known;
      }
      int first = sentenceIndex - 1;
      while (first > 0 && sameParagraph(first - 1, sentenceIndex) && yearsBefore.get(first) == null) {
        first--;
      }
      List<Integer> years = first == 0 || !sameParagraph(first - 1, sentenceIndex) ? List.of() : yearsBefore.get(first);
      for (int i = first; i < sentenceIndex; i++) {
        if (years.size() < 2) {
          List<Integer> more = new ArrayList<>(years);
          namedYears(i).stream().filter(y -> !more.contains(y)).forEach(more::add);
          years = List.copyOf(more.subList(0, Math.min(2, more.size())));
        }
        yearsBefore.set(i + 1, years);
      }
      return years;
    }

    /**
     * The article's period, named in its lead, for a sentence after the one that first names it, or for a headline (a first sentence
     * without end punctuation), which states what the article goes on to tell.
     */
    private Integer articlePeriod(int sentenceIndex) {
      if (articlePeriodSentence < 0) {
        articlePeriodSentence = sentences.size();
        for (int i = 0; i < Math.min(sentences.size(), LEAD_SENTENCES) && articlePeriod == null; i++) {
          articlePeriod = carriedPeriods(i).stream().filter(p -> !p.ahead()).map(Period::year).findFirst().orElse(null);
          articlePeriodSentence = i;
        }
      }
      boolean headline = sentenceIndex == 0 && !HEADLINE_END.matcher(sentences.get(0).text()).find();
      return sentenceIndex > articlePeriodSentence || headline ? articlePeriod : null;
    }

    private boolean sameParagraph(int index, int sentenceIndex) {
      return sentences.get(index).paragraph() == sentences.get(sentenceIndex).paragraph();
    }
  }

  /**
   * Whether the clause holding [from, to) tells another event, opened by a conjunction ("since Trudeau visited
   * Beijing in December 2017"): its period is when that happened, not a period the article goes on with.
   */
  private static boolean inEventClause(String text, int from, int to) {
    int[] clause = ClauseSplitter.PERIODS.around(text, from, to);
    return EVENT_CONJUNCTION_BEFORE.matcher(text.substring(0, clause[0])).find();
  }

  /** The period nearest the figure within [clause[0], clause[1]), or null. */
  private static Period nearest(List<Period> periods, int[] clause, int figureStart, int figureEnd) {
    Period closest = null;
    int closestDistance = Integer.MAX_VALUE;
    for (Period period : periods) {
      if (period.start() < clause[0] || period.end() > clause[1]) {
        continue;
      }
      int distance = period.start() >= figureEnd ? period.start() - figureEnd : figureStart - period.end();
      // On a tie the period after the figure wins: "US$118.7 billion in 2024" is the common shape.
      if (distance < closestDistance || (distance == closestDistance && period.start() >= figureEnd)) {
        closest = period;
        closestDistance = distance;
      }
    }
    return closest;
  }
}
