package org.newsfigures.core.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** A corpus of thousands of articles still gives readable charts: each shows its top part and says so. */
class SummaryChartsLimitsTest {
  private static final int ARTICLES = 1_500;

  @Test
  void theTimelineShowsTheMostRecentEvents() {
    ChartPage page = SummaryCharts.eventTimeline(new RunTables(ChartTestTables.articles(ARTICLES), null, 0, null,
        null, null, ChartTestTables.events(ARTICLES, 1), ARTICLES));

    assertTrue(page.caption().startsWith("1500 dated events"), page.caption());
    assertTrue(page.caption().endsWith("Showing the " + SummaryCharts.MAX_EVENTS + " most recent."), page.caption());
    String html = page.html();
    assertEquals(SummaryCharts.MAX_EVENTS, html.split("Marker sentence ", -1).length - 1);
    assertTrue(html.contains("Marker sentence 1499."), "the latest event is shown");
    assertTrue(html.contains("Marker sentence 500."), "the 1,000th latest is shown");
    assertFalse(html.contains("Marker sentence 499."), "older ones are left to the events table");
  }

  @Test
  void figuresPerArticleShowsTheArticlesWithTheMostFigures() {
    // Article i has i % 100 figures: 15 articles have 99 and 15 have 98; the 25 busiest are the 99s and the first
    // ten 98s, ties going by label.
    Table figures = Table.create("figures", StringColumn.create("kind"), StringColumn.create("source_file"));
    for (int i = 0; i < ARTICLES; i++) {
      for (int f = 0; f < i % 100; f++) {
        figures.stringColumn("kind").append("count");
        figures.stringColumn("source_file").append(String.format("%05d_article.txt", i));
      }
    }
    ChartPage page = SummaryCharts.figuresPerArticle(
        new RunTables(ChartTestTables.articles(ARTICLES), figures, figures.rowCount(), null, null, null, null, 0));

    assertTrue(page.caption().endsWith("Showing the " + RankedBars.MAX_ROWS + " articles with the most figures;"
        + " the articles table has every article’s count."), page.caption());
    String html = page.html();
    String y = html.substring(html.indexOf("y: ["), html.indexOf("]", html.indexOf("y: [")));
    assertEquals(RankedBars.MAX_ROWS, y.split(",", -1).length, y);
    assertTrue(y.startsWith("y: [\"00099_article.txt\",\"00199_article.txt\","), y);
    assertTrue(y.endsWith(",\"01499_article.txt\",\"00098_article.txt\",\"00198_article.txt\","
        + "\"00298_article.txt\",\"00398_article.txt\",\"00498_article.txt\",\"00598_article.txt\","
        + "\"00698_article.txt\",\"00798_article.txt\",\"00898_article.txt\",\"00998_article.txt\""), y);
  }

  @Test
  void claimTariffAndConflictChartsOfTenThousandClaimsShowTheirTopRowsAndSayHowManyMore() throws Exception {
    int claims = 10_000;
    RunTables run = new RunTables(ChartTestTables.articles(claims), Table.create("figures"), 0,
        ChartTestTables.claims(claims), ChartTestTables.conflicts(claims / 7), ChartTestTables.tariffs(claims), null, 0);
    List<ChartClaim> all = ChartClaim.of(run.claims());
    for (ChartPage page : List.of(ClaimCharts.money(all), ClaimCharts.percentages(all),
        ClaimCharts.tradeByPairAndYear(all), TariffChart.build(run.tariffs(), run.articles()))) {
      JsonNode trace = trace(page, 0);
      assertEquals(RankedBars.MAX_ROWS, trace.get("y").size(), page.fileName());
      assertTrue(page.caption().matches(".*Showing the top 25 [^;]+; and \\d+ more — see the (claims|tariffs) table\\..*"),
          page.caption());
    }
    // The most stated money claim first: claims 49, 99, 149… are stated by 50 articles, the largest of them first.
    ChartPage money = ClaimCharts.money(all);
    assertTrue(money.caption().startsWith("5001 money claims with a US-dollar amount"), money.caption());
    assertTrue(trace(money, 0).get("y").get(0).asText().contains("· 50 articles — "), money.html());
    // Trade by pair and year: 25 pairs, a column a year.
    JsonNode heatmap = trace(ClaimCharts.tradeByPairAndYear(all), 0);
    assertEquals(10, heatmap.get("x").size(), "the years 2015 to 2024");
    // Tariffs without an imposer are counted, not drawn.
    ChartPage tariffs = TariffChart.build(run.tariffs(), run.articles());
    assertTrue(tariffs.caption().contains("Left out: 700 rates without a known imposer or target, and 910 tariff"
        + " statements without a rate"), tariffs.caption());
    assertFalse(tariffs.html().contains("\" on "), "no row of an unknown imposer");
    // Conflicts: one bar a type and severity band, and five explanations of each type.
    ChartPage conflicts = ConflictChart.build(run.conflicts(), all, run.articles());
    assertEquals(5, trace(conflicts, 0).get("y").size());
    assertEquals(5 * ConflictChart.LISTED_PER_TYPE, conflicts.details().split("<tr id=\"conflict-", -1).length - 1);
  }

  @Test
  void moneySpanningOrdersOfMagnitudeGoesOnALogAxisInDollars() {
    // Claims 0, 1, 2: US$1M, US$20M and US$300M, stated from 0.8 to 1.3 times that.
    ChartPage money = ClaimCharts.money(ChartClaim.of(ChartTestTables.claims(3)));
    assertEquals("log", axisType(money));
    // Ticks 1, 2 and 5 of each decade the range touches (plotly draws those within the axis).
    assertTrue(money.html().contains("ticktext: [\"$100K\",\"$200K\",\"$500K\",\"$1M\",\"$2M\",\"$5M\",\"$10M\",\"$20M\",\"$50M\","
        + "\"$100M\",\"$200M\",\"$500M\",\"$1B\",\"$2B\",\"$5B\"]"), money.html());
    // Within 30 times of each other: a linear axis in billions.
    ChartPage near = ClaimCharts.money(ChartClaim.of(ChartTestTables.claims(2).dropRows(0)));
    assertEquals("linear", axisType(near));
  }

  /** The {@code i}-th trace of a page's figure, as the JSON it is written as. */
  private static JsonNode trace(ChartPage page, int i) throws Exception {
    String js = page.figure().getTraces()[i].asJavascript(i);
    return new ObjectMapper().readTree(js.substring(js.indexOf('{'), js.lastIndexOf('}') + 1));
  }

  private static String axisType(ChartPage page) {
    String html = page.html();
    int xaxis = html.indexOf("xaxis: {");
    return html.substring(html.indexOf("type: '", xaxis) + 7, html.indexOf("'", html.indexOf("type: '", xaxis) + 7));
  }

  @Test
  void theDashboardListsTheFirstArticlesAndSaysHowManyMore() {
    Table articles = ChartTestTables.articles(ARTICLES);
    String html = Dashboard.articleList(articles);

    assertEquals(Dashboard.MAX_ARTICLES_LISTED, html.split("<tr><td>", -1).length - 1);
    assertTrue(html.contains("00199_article.txt") && !html.contains("00200_article.txt"), "the first 200 only");
    assertTrue(html.contains("The first 200 of 1500 articles, by article id; the articles table has them all."));
    assertFalse(Dashboard.articleList(articles.first(5)).contains("The first"), "a short list is whole");
  }
}
