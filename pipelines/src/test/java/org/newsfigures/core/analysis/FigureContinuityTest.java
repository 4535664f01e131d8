package org.newsfigures.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;

/**
 * Figures that lean on the one before them, on an article written for these rules: a baseline measures what the
 * figure before it measures ("to 25% from 32%"), and a rate whose clause names no imposer continues the article's
 * latest tariff.
 */
class FigureContinuityTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromReference();

  private static final String TEXT = String.join("\n",
      "Thai rice faces steeper Indonesian duties",
      "Published 3 March 2025",
      "",
      "BANGKOK - Indonesia imposed a 30% tariff on Thai rice on Monday.",
      "",
      "The levy was later raised to a combined 45% in June, from 30% before.",
      "",
      "Thailand exported $1.4 billion worth of rice and broken grains to Indonesian state buyers last year, up from less"
          + " than $600 million a year earlier, and Thai exporters' share of the Indonesian rice market slipped to 18% from 26%.",
      "",
      "Bangkok answered with 6.5 billion baht ($190 million) in loan guarantees for rice millers.",
      "",
      "About a quarter of Thai exports to Indonesia were rice in 2023, and that share rose to 31% last year.",
      "",
      "Under the accord Jakarta will cut its duty on Thai steel from 20% to 5% over six years.");

  private static final List<Figure> FIGURES = ANALYZER.analyze(
      new ArticleParser().parse("rice.txt", new DecodedText.Accepted(TEXT, "UTF-8", List.of()))).figures();

  private static final String BASELINE = "as the figure it is measured against: ";

  private static Figure figure(List<Figure> figures, String text) {
    return figures.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
  }

  private static void assertMeasures(String metric, String subject, String counterpart, Figure f) {
    assertEquals(metric, f.metric(), f.attributionEvidence());
    assertEquals(subject, f.subject(), f.attributionEvidence());
    assertEquals(counterpart, f.counterpart(), f.attributionEvidence());
  }

  @Test
  void wordsAfterAConversionBelongToTheFigureItConverts() {
    List<Figure> figures = FIGURES;
    assertMeasures("subsidies", "TH", null, figure(figures, "6.5 billion baht"));
    assertMeasures("subsidies", "TH", null, figure(figures, "$190 million"));
  }

  @Test
  void aDurationOverWhichATariffFallsIsItsPhaseOut() {
    List<Figure> figures = FIGURES;
    assertMeasures("tariff_rate", "ID", "TH", figure(figures, "5%"));
    Figure period = figure(figures, "six years");
    assertMeasures("tariff_phase_out", "ID", "TH", period);
    assertEquals("steel", period.product(), period.attributionEvidence());
  }

  @Test
  void thatShareRefersToTheShareBefore() {
    List<Figure> figures = FIGURES;
    assertMeasures("export_share", "TH", "ID", figure(figures, "a quarter"));
    Figure later = figure(figures, "31%");
    assertMeasures("export_share", "TH", "ID", later);
    assertEquals(2024, later.year());
  }

  @Test
  void baselinesAndContinuedTariffsTakeWhatTheFigureBeforeMeasures() {
    List<Figure> figures = FIGURES;

    Figure first = figures.stream().filter(f -> f.text().equals("30%")).findFirst().orElseThrow();
    assertMeasures("tariff_rate", "ID", "TH", first);
    // No imposer in its clause, and the article is Thai: still Indonesia's levy on Thailand.
    assertMeasures("tariff_rate", "ID", "TH", figure(figures, "45%"));
    Figure before = figures.stream().filter(f -> f.text().equals("30%")).skip(1).findFirst().orElseThrow();
    assertMeasures("tariff_rate", "ID", "TH", before);
    // Further from "exported" than a trigger reaches: only its place after ", up from" says what it measures.
    assertMeasures("exports", "TH", "ID", figure(figures, "$600 million"));
    assertEquals(true, figure(figures, "$600 million").attributionEvidence().startsWith(BASELINE));
    assertEquals(2023, figure(figures, "$600 million").year());
    Figure share = figure(figures, "26%");
    assertEquals(figure(figures, "18%").metric(), share.metric(), share.attributionEvidence());
    assertEquals(figure(figures, "18%").subject(), share.subject(), share.attributionEvidence());
    assertEquals(true, share.attributionEvidence().startsWith(BASELINE), share.attributionEvidence());
    assertEquals(true, before.attributionEvidence().startsWith(BASELINE), before.attributionEvidence());
  }

  /** A Chilean article for the changes, conversions and references that lean on a figure stated before them. */
  private static final String CHILEAN = String.join("\n",
      "Chilean copper sales to Korea slide",
      "Published 12 May 2025",
      "",
      "SANTIAGO - Chile's copper exports to South Korea were worth $3.1 billion last year, a fall of 12 per cent.",
      "",
      "Chilean wine exports to Japan reached $140 million in 2024, official data show: modest, but growing at 6 per"
          + " cent a year.",
      "",
      "Chilean exports to Germany were worth $2.2 billion in 2024, flat on the year and still 7 per cent below their"
          + " 2021 level.",
      "",
      "Exports to China rose 2.1 percent to $38.6 billion, while those to India fell 4.4 percent to $2.9 billion.",
      "",
      "Chile exported salmon worth $45 million to Vietnam in 2024, the central bank said, or about 42 billion Chilean"
          + " pesos at last year's average rate.",
      "",
      "Korea imposed a 12% tariff on Chilean cherries in March. Argentina, which is negotiating its own deal with Seoul,"
          + " faces just 8%.",
      "",
      "The Chilean copper price ended 1.5 pct lower at 9,120 pesos a kilogram.");

  private static final List<Figure> CHILE_FIGURES = ANALYZER.analyze(
      new ArticleParser().parse("copper.txt", new DecodedText.Accepted(CHILEAN, "UTF-8", List.of()))).figures();

  @Test
  void aChangeStatedAfterALevelIsThatLevelsChange() {
    List<Figure> figures = CHILE_FIGURES;
    assertMeasures("exports", "CL", "KR", figure(figures, "$3.1 billion"));
    Figure fall = figure(figures, "12 per cent");
    assertMeasures("exports_change", "CL", "KR", fall);
    assertEquals(true, fall.attributionEvidence().startsWith("as the change of the figure before: "),
        fall.attributionEvidence());
    assertEquals("decrease", fall.direction());
    assertMeasures("exports_change", "CL", "JP", figure(figures, "6 per cent"));
    // No word of change between: the earlier level named after the figure makes it one.
    Figure below = figure(figures, "7 per cent");
    assertMeasures("exports_change", "CL", "DE", below);
    assertEquals("decrease", below.direction());
  }

  @Test
  void thoseRefersToTheFigureBeforeOfItsKind() {
    List<Figure> figures = CHILE_FIGURES;
    assertMeasures("exports", "CL", "CN", figure(figures, "$38.6 billion"));
    Figure those = figure(figures, "$2.9 billion");
    assertMeasures("exports", "CL", "IN", those);
    assertEquals(true, those.attributionEvidence().contains("'those' refers to, '$38.6 billion'"),
        those.attributionEvidence());
  }

  @Test
  void aConversionAfterOrInAnotherCurrencyIsTheFigureAgain() {
    List<Figure> figures = CHILE_FIGURES;
    assertMeasures("exports", "CL", "VN", figure(figures, "$45 million"));
    Figure pesos = figure(figures, "42 billion Chilean pesos");
    assertMeasures("exports", "CL", "VN", pesos);
    assertEquals("CLP", pesos.currency());
  }

  @Test
  void aBareRateACountryFacesIsTheArticlesTariffOnIt() {
    List<Figure> figures = CHILE_FIGURES;
    assertMeasures("tariff_rate", "KR", "CL", figure(figures, "12%"));
    Figure paid = figure(figures, "8%");
    // Argentina pays it, Korea levies it; Seoul, named as a partner of the talks, is not the payer.
    assertMeasures("tariff_rate", "KR", "AR", paid);
  }

  @Test
  void aChangeRightBeforeTheLevelItReachesIsThatLevelsChange() {
    Figure level = figure(CHILE_FIGURES, "9,120 pesos");
    assertMeasures("price", "CL", null, level);
    Figure change = figure(CHILE_FIGURES, "1.5 pct");
    assertMeasures("price_change", "CL", null, change);
    assertEquals("copper", change.product(), change.attributionEvidence());
  }

  /** A Peruvian article for the figures that take their countries from a clause or a sentence before. */
  private static final String PERUVIAN = String.join("\n",
      "Korea's tariffs bite Peruvian zinc",
      "Published 12 May 2025",
      "",
      "LIMA - Seoul imposed a 12% tariff on Peruvian zinc in March and 8% duties on copper wire.",
      "",
      "The tariffs are expected to raise 90 billion won in additional revenue this year, officials said.",
      "",
      "Korea bought goods worth $4.2 billion from Peru last year. Copper accounts for about 70% of that total.",
      "",
      "Peru imported $2.5 billion of goods from Korea in 2024, while exporting just $1.1 billion, a gap that Chile"
          + " watches.",
      "",
      "Peru imported $2.5 billion of goods from Korea in 2024, while exporting just $0.3 billion to Japan.");

  private static final List<Figure> PERU_FIGURES = ANALYZER.analyze(
      new ArticleParser().parse("zinc.txt", new DecodedText.Accepted(PERUVIAN, "UTF-8", List.of()))).figures();

  @Test
  void figuresTakeTheirCountriesFromWhatTheyLeanOn() {
    List<Figure> figures = PERU_FIGURES;
    assertMeasures("tariff_rate", "KR", "PE", figure(figures, "12%"));
    // Joined by "and" to the rate before, naming nothing of its own: the same government on the same country.
    assertMeasures("tariff_rate", "KR", "PE", figure(figures, "8%"));
    // Revenue the tariffs raise is the levying government's.
    assertEquals("KR", figure(figures, "90 billion won").subject());
    // A purchase by a foreign buyer, told in a Peruvian paper: Peru's exports.
    Figure bought = figure(figures, "$4.2 billion");
    assertMeasures("exports", "PE", "KR", bought);
    // A share of that total is of the total's countries and year.
    Figure share = figure(figures, "70%");
    assertMeasures("share", "PE", "KR", share);
    assertEquals(2024, share.year());
    // A participle clause with no country of its own hangs on the clause before; one naming its partner does not.
    assertMeasures("exports", "PE", "KR", figure(figures, "$1.1 billion"));
    assertMeasures("exports", "PE", "JP", figure(figures, "$0.3 billion"));
  }
}
