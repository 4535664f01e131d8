package org.newsfigures.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.Sentence;

/** The rules of {@link YearResolver}, one sentence shape each. */
class YearResolverTest {
  private static final YearResolver RESOLVER = new YearResolver();

  /** Year of {@code figure} in the last sentence; sentences separated by '|' share a paragraph, '¶' starts one. */
  private static Integer yearOf(String figure, String paragraphs) {
    return yearOf(figure, paragraphs, null);
  }

  private static Integer yearOf(String figure, String paragraphs, LocalDate published) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    for (String block : paragraphs.split("¶")) {
      for (String text : block.split("\\|")) {
        sentences.add(new Sentence(sentences.size(), paragraph, 0, text.length(), text.strip()));
      }
      paragraph++;
    }
    Sentence last = sentences.get(sentences.size() - 1);
    int at = last.text().indexOf(figure);
    return RESOLVER.resolve(sentences, last.index(), at, at + figure.length(), published);
  }

  @Test
  void governingWords() {
    assertEquals(2024, yearOf("5%", "Exports rose 5% in 2024."));
    assertEquals(2023, yearOf("$2 billion", "Sales for 2023 were $2 billion."));
    assertEquals(2023, yearOf("$2 billion", "Sales during fiscal 2023 reached $2 billion."));
    assertEquals(2025, yearOf("3%", "Growth slowed to 3% in late 2025."));
    assertEquals(2035, yearOf("$50 billion", "Canada aims for $50 billion by 2035."));
    assertEquals(2024, yearOf("12%", "Unemployment was 12% by the end of 2024."));
    assertEquals(2024, yearOf("$9 billion", "Trade reached $9 billion 2024 figures show."));
  }

  @Test
  void startPointsEventDaysAndBareYearsAreIgnored() {
    assertNull(yearOf("4%", "Prices are up 4% since 2022."));
    assertNull(yearOf("4%", "Prices rose 4% from 2020 to 2024."));
    assertNull(yearOf("4%", "On Jan. 14, 2026, officials cut tariffs by 4%."));
    assertNull(yearOf("4%", "The 2018 arrest cut trade by 4%."));
    assertNull(yearOf("4%", "Prices rose 4% since the start of 2022."));
  }

  @Test
  void closestYearInTheSameClauseWins() {
    assertEquals(2025, yearOf("10.4 percent", "Exports fell by 10.4 percent in 2025, to $41.7 billion, the lowest since 2022."));
    assertEquals(2023, yearOf("7%", "Imports rose 3% in 2022 and 7% in 2023."));
    assertNull(yearOf("1.8 million", "1.8 million residents are of Chinese origin, and as of 2024, 100,000 study here."));
  }

  @Test
  void anOpeningAdverbialFramesTheWholeSentence() {
    assertEquals(2024, yearOf("3%", "In 2024, exports rose 5%, and imports fell 3%."));
  }

  @Test
  void thatYearTakesTheYearOfTheEarlierSentenceInTheParagraph() {
    assertEquals(2024, yearOf("4%", "The US bought 75% in 2024.|China took 4% that year."));
    assertEquals(2024, yearOf("4%", "Trade grew in 2018.|It doubled in 2024.|Nothing else.|China took 4% the same year."));
    assertNull(yearOf("4%", "The US bought 75% in 2024.¶China took 4% that year."));
  }

  @Test
  void aContinuingConnectiveInheritsTheSingleYearOfThePreviousSentence() {
    assertEquals(2024, yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|However, imports were $88.8 billion."));
    assertNull(yearOf("$88.8 billion", "Trade grew in 2023 and in 2024.|However, imports were $88.8 billion."));
    assertEquals(2024, yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.¶However, imports were $88.8 billion."),
        "a later paragraph continues the article's period");
    assertNull(yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|However, imports since 2020 were $88.8 billion."));
  }

  @Test
  void relativeYearsCountFromThePublishedDate() {
    LocalDate published = LocalDate.of(2026, 1, 16);
    assertEquals(2025, yearOf("5%", "Exports rose 5% last year.", published));
    assertEquals(2026, yearOf("5%", "Exports should rise 5% this year.", published));
    assertEquals(2027, yearOf("$2 billion", "The plan adds $2 billion next year’s budget.", published));
    assertNull(yearOf("5%", "Exports rose 5% last year."), "no published date: not resolved");
    assertEquals(2024, yearOf("5%", "Exports rose 5% in 2024, up from last year.", published), "an explicit year wins");
  }

  @Test
  void aParagraphThatStaysOnOnePeriodCarriesItsYear() {
    // Issue 3: carry-over when the paragraph stays on one period.
    assertEquals(2024, yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|Imports were $88.8 billion."));
    assertEquals(2024, yearOf("4%", "Exports rose in 2024.|Nothing changed.|Imports fell 4%."));
    assertNull(yearOf("4%", "Exports rose in 2023.|They fell in 2024.|Imports fell 4%."), "two periods");
    assertEquals(2024, yearOf("4%", "Exports rose in 2024.¶Imports fell 4%."), "the article's period");
    assertNull(yearOf("4%", "Exports rose in 2024.¶Imports will fall 4%."), "the future is not the article's period");
    assertNull(yearOf("4%", "Exports rose in 2024.|They fell last year.|Imports fell 4%.", LocalDate.of(2026, 1, 1)),
        "a relative year is a second period");
    assertNull(yearOf("4%", "Exports rose 3% since 2020.|Imports fell 4%."), "a start point names no period");
    assertNull(yearOf("half", "The pact will lift exports by $3 billion a year by 2030.|Textiles make up half of"
        + " shipments."), "a target is a goal, not the period of the next sentence");
    assertEquals(2024, yearOf("half", "Exports reached $9 billion in 2024 and should double by 2030.|Textiles made up"
        + " half of shipments."), "the period beside a target still carries");
  }

  private static final LocalDate FEB_10_2026 = LocalDate.of(2026, 2, 10);

  @Test
  void aMonthIsTheLatestOneUpToThePublishedDateOrTheNextOneInAFutureClause() {
    assertEquals(2025, yearOf("30%", "The levy was raised to 30% in November.", FEB_10_2026));
    assertEquals(2026, yearOf("3%", "Retail sales rose 3% in February.", FEB_10_2026));
    assertEquals(2026, yearOf("5%", "The ministry will cut the duty to 5% from April.", FEB_10_2026));
    assertEquals(2026, yearOf("8%", "Lima will lower the levy to 8% by June 1.", FEB_10_2026));
    assertEquals(2025, yearOf("40%", "Lima will lower the levy to 8% by June 1, down from the 40% it imposed in October.",
        FEB_10_2026), "a past verb right before the month looks back");
    assertEquals(2025, yearOf("2%", "Prices slipped 2% last March.", FEB_10_2026));
    assertEquals(2026, yearOf("2%", "Prices slipped 2% last March.", LocalDate.of(2026, 5, 10)));
    assertEquals(2026, yearOf("$2 million", "Farmers received $2 million on Jan. 20.", FEB_10_2026));
    assertNull(yearOf("30%", "The levy was raised to 30% in November."), "no published date: not resolved");
  }

  /** The length of the period a figure's own words name: only a year's flows are compared across articles. */
  private static PeriodUnit unitOf(String figure, String sentence, LocalDate published) {
    List<Sentence> sentences = List.of(new Sentence(0, 0, 0, sentence.length(), sentence));
    int at = sentence.indexOf(figure);
    return RESOLVER.dated(sentences, 0, at, at + figure.length(), published).unit();
  }

  @Test
  void aMonthOfThatYearAndATargetWithoutAYear() {
    assertEquals(2025, yearOf("25 per cent", "Lima doubled its levy to 50 per cent in June 2025, from the 25 per cent"
        + " rate imposed in March of that year.", FEB_10_2026));
    assertNull(yearOf("$10 billion", "Exports rose in 2025.¶Chile and Korea target $10 billion in trade."),
        "a target names no period of its own");
  }

  @Test
  void wordsThatTakeAFigureOutOfTheSentencesPeriod() {
    assertEquals(2026, yearOf("$9,000", "A Korean-made sedan that sold for about $7,000 last year now costs more than"
        + " $9,000.", FEB_10_2026), "now: the year of publication");
    assertEquals(2025, yearOf("$7,000", "A Korean-made sedan that sold for about $7,000 last year now costs more than"
        + " $9,000.", FEB_10_2026));
    assertNull(yearOf("$2 billion", "Exports totaled $1.9bn last year, and the minister said firms were studying"
        + " projects worth up to $2 billion.", FEB_10_2026), "a reported statement has its own periods");
    assertNull(yearOf("$5 billion", "Both sides agreed to fast-track a $5 billion investment goal first set in 2019."),
        "when a goal was set is not its period");
    assertNull(yearOf("CA$57.80", "Exports rose in 2025.¶Magna International Inc. (MG.TO) CA$57.80 (+1.42%)"),
        "a ticker line tells no period");
    assertNull(yearOf("100 per cent", "Copper exports to the US, worth about $4bn last year, face tariffs of up to 100"
        + " per cent, and sterling's 6pc rise against the dollar over 2025 hurts.", FEB_10_2026),
        "a word ending in -ing before a possessive is no participle");
  }

  @Test
  void aChangeSinceAPointRunsToTheArticlesPeriod() {
    assertEquals(2025, yearOf("12%", "Copper exports rose 4% in 2025.¶Prices have fallen 12% since July.",
        FEB_10_2026));
    assertEquals(2025, yearOf("a fifth", "Copper exports rose 4% in 2025.¶Trade has shrunk by a fifth since its 2021"
        + " peak.", FEB_10_2026));
  }

  @Test
  void aRelativeClauseInThePresentStatesAStandingShare() {
    assertNull(yearOf("half", "Exports fell 9.8% in 2023.|Exports to Chile, which take more than half of the"
        + " city's shipments, slid 9.8 per cent in 2023."), "a standing share, of no year");
    assertNull(yearOf("a third", "Peru, whose miners sell about a third of their ore in China, voted against in 2023."));
    assertEquals(2023, yearOf("9.8 per cent", "Exports to Chile, which take more than half of the city's shipments,"
        + " slid 9.8 per cent in 2023."));
    // An appositive of worth holds its own period: the rate after it takes none from it.
    assertNull(yearOf("100 per cent", "Copper exports to the US, worth about $4bn last year, face tariffs of up to 100"
        + " per cent.", FEB_10_2026));
    assertEquals(2025, yearOf("$4bn", "Copper exports to the US, worth about $4bn last year, face tariffs of up to 100"
        + " per cent.", FEB_10_2026));
  }

  @Test
  void theLengthOfThePeriodIsTheOneItsWordsName() {
    assertEquals(PeriodUnit.MONTH, unitOf("4.1%", "Copper exports fell 4.1% in July to $3.2 billion.", FEB_10_2026));
    assertEquals(PeriodUnit.YEAR, unitOf("$40 billion", "Copper exports were $40 billion in 2025.", FEB_10_2026));
    assertEquals(PeriodUnit.YEAR, unitOf("$40 billion", "Copper exports were $40 billion last year.", FEB_10_2026));
    assertEquals(PeriodUnit.HALF, unitOf("$19 billion", "Exports reached $19 billion in the first half of 2025.",
        FEB_10_2026));
    assertEquals(PeriodUnit.QUARTER, unitOf("12%", "Car imports fell 12% in the first quarter.", FEB_10_2026));
    assertEquals(PeriodUnit.MONTHS, unitOf("$30 billion", "Exports were $30 billion in the first nine months of 2025.",
        FEB_10_2026));
    assertEquals(PeriodUnit.DAY, unitOf("3%", "Copper futures rose 3% on Jan. 16.", FEB_10_2026));
    assertEquals(PeriodUnit.MONTH, unitOf("$1 billion", "Sales were $1 billion in May 2025.", FEB_10_2026));
    assertNull(unitOf("$5 billion", "Exports were $5 billion.", FEB_10_2026), "no period named");
  }

  @Test
  void quartersHalvesAndYearsToAMonthEndInTheirLastMonth() {
    assertEquals(2026, yearOf("12%", "Car imports fell 12% in the first quarter.", LocalDate.of(2026, 5, 10)));
    assertEquals(2025, yearOf("$7.10", "Wool fetched $7.10 a kilo in the December quarter.", FEB_10_2026));
    assertEquals(2025, yearOf("£9 billion", "Imports were worth £9 billion in the year to March.",
        LocalDate.of(2025, 9, 1)));
    assertEquals(2026, yearOf("$2 billion", "The airline expects a $2 billion loss in the year ending in March.",
        FEB_10_2026));
  }

  @Test
  void seasonsAndDaysNearThePublishedDate() {
    assertEquals(2025, yearOf("70%", "The share climbed to 70% last fall.", LocalDate.of(2026, 1, 9)));
    LocalDate thursdayJan1 = LocalDate.of(2026, 1, 1);
    assertEquals(2025, yearOf("2%", "Stocks fell 2% on Friday.", thursdayJan1), "the Friday before New Year");
    assertEquals(2026, yearOf("1%", "The bank will trim its rate by 1% next week.", LocalDate.of(2025, 12, 28)));
    assertNull(yearOf("2%", "Tariffs stay at 2%, the minister said on Friday.", thursdayJan1),
        "the day a statement was made is not the figure's");
  }

  @Test
  void fiscalYearsSpansAndLabels() {
    assertEquals(2025, yearOf("6%", "Rice exports rose 6% in 2024-25."));
    assertEquals(2024, yearOf("$3 billion", "Revenue reached $3 billion in FY2024."));
    assertEquals(2025, yearOf("11%", "Tea exports grew 11% in the first half of 2025."));
    assertEquals(2025, yearOf("4%", "China's 2025 exports rose 4%."), "a year before a measure");
    assertNull(yearOf("4%", "Output is still 4% below its 2018 level."), "a level compared with is no period");
    assertEquals(2023, yearOf("$4.1B", "Copper exports to Peru, 2023: $4.1B"));
    assertNull(yearOf("9%", "Shipments recovered from the disputes of 2019-2022 by 9%."), "a span of several years");
  }

  @Test
  void aYearEarlierIsTheYearBeforeThePeriodItIsComparedWith() {
    assertEquals(2023, yearOf("$3 billion", "Shipments reached $4 billion in 2024, up from $3 billion a year earlier."));
    assertEquals(2025, yearOf("2%", "Sales fell 2% from a year earlier to $9 billion in 2025."),
        "a change from a year earlier is of the later period");
    assertEquals(2024, yearOf("$5 billion", "Exports fell last year to $4 billion from $5 billion a year earlier.",
        LocalDate.of(2026, 3, 1)));
  }

  @Test
  void aComparisonBaseBelongsToItsOwnFigure() {
    LocalDate published = LocalDate.of(2026, 3, 1);
    String sentence = "Sales slid last year, falling to $5 billion from $6 billion in 2024.";
    assertEquals(2025, yearOf("$5 billion", sentence, published));
    assertEquals(2024, yearOf("$6 billion", sentence, published));
    assertNull(yearOf("12%", "The duty rose to 30% in May, from 12% previously.", published),
        "a base that names no period of its own");
  }

  @Test
  void aYearlyRateTakesOnlyATargetYear() {
    assertEquals(2040, yearOf("$3 billion", "The pact could add $3 billion a year to output by 2040."));
    assertNull(yearOf("7 per cent", "Trade reached $9 billion in 2024, but it grows at 7 per cent a year."));
  }

  @Test
  void aRateTakesThePeriodThatSetsIt() {
    LocalDate published = FEB_10_2026;
    assertEquals(2025, yearOf("30%", "Ottawa imposed a 30% duty on paper in March.", published));
    assertNull(yearOf("20%", "Quito raised its levies in May, in retaliation for Lima's 20% duty on fruit.", published));
    assertEquals(2024, yearOf("45%", "Talks collapsed in 2024 when Lima imposed a 45% tariff on fruit."));
    assertNull(yearOf("15%", "Wine exports fell 8% in 2025.¶Producers face a 15% tariff."), "a rate is not carried");
  }

  @Test
  void theArticlesPeriodCarriesOnlyToLaterFinishedFacts() {
    LocalDate published = LocalDate.of(2026, 3, 1);
    String lead = "Wheat exports fell 3% last year.¶";
    assertEquals(2025, yearOf("$9 billion", lead + "Barley sales rose 2% to $9 billion.", published));
    assertNull(yearOf("2%", lead + "Barley sales will rise 2%.", published), "the future");
    assertNull(yearOf("40%", lead + "The state buys 40% of the crop.", published), "a present state");
    assertNull(yearOf("40%", lead + "Before the drought, the state bought 40% of the crop.", published),
        "an opening that moves to another time");
    List<Sentence> laterPeriod = List.of(
        new Sentence(0, 0, 0, 33, "Officials met on a visit to Lima."),
        new Sentence(1, 1, 34, 55, "Barley sales rose 2%."),
        new Sentence(2, 2, 56, 79, "Wheat rose 3% in 2025."));
    assertNull(RESOLVER.resolve(laterPeriod, 1, 18, 20, published), "a period named only later is not carried back");
    assertNull(yearOf("$2 billion", "The talks are the first since Smith visited Lima in May 2019.¶"
        + "Barley sales reached $2 billion."), "the time of another event is no period to go on with");
  }

  @Test
  void aSpanStopsTheCarryButARecordSinceAYearDoesNot() {
    String lead = "Exports rose 4% in 2025.¶";
    assertNull(yearOf("$3 billion", lead + "Imports since 2020 came to $3 billion."));
    assertEquals(2025, yearOf("$3 billion", lead + "The surplus reached $3 billion, the largest since 2017."));
  }

  @Test
  void aHeadlineStatesThePeriodTheArticleGoesOnToTell() {
    List<Sentence> sentences = List.of(
        new Sentence(0, 0, 0, 22, "Wheat exports slump 3%"),
        new Sentence(1, 1, 23, 55, "Wheat exports fell 3% last year."));
    assertEquals(2025, RESOLVER.resolve(sentences, 0, 20, 22, LocalDate.of(2026, 3, 1)));
  }

  @Test
  void aRelativeClauseKeepsItsPeriodToItself() {
    LocalDate published = LocalDate.of(2026, 3, 1);
    String sentence = "Steel exports, which reached $2 billion in 2024, fell 5% last year.";
    assertEquals(2024, yearOf("$2 billion", sentence, published));
    assertEquals(2025, yearOf("5%", sentence, published));
  }

  @Test
  void aLengthOfTimeTakesOnlyItsClausesPeriod() {
    assertNull(yearOf("three-day", "Exports rose 4% in 2025.¶The minister began a three-day visit to Lima."));
    assertEquals(2025, yearOf("three-day", "The minister made a three-day visit to Lima in 2025."));
  }

  @Test
  void fullYearIsTheYearTheArticleReportsOn() {
    assertEquals(2023, yearOf("4%", "Exports fell 8% in September.¶Officials now expect full-year exports to shrink 4%.",
        LocalDate.of(2023, 10, 17)));
  }
}
