package org.newsfigures.core.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // Article i has i % 100 figures: 15 articles each have 99, 98, 97 and 96, the 60 busiest; ties go by label.
    Table figures = Table.create("figures", StringColumn.create("kind"), StringColumn.create("source_file"));
    for (int i = 0; i < ARTICLES; i++) {
      for (int f = 0; f < i % 100; f++) {
        figures.stringColumn("kind").append("count");
        figures.stringColumn("source_file").append(String.format("%05d_article.txt", i));
      }
    }
    ChartPage page = SummaryCharts.figuresPerArticle(
        new RunTables(ChartTestTables.articles(ARTICLES), figures, figures.rowCount(), null, null, null, null, 0));

    assertTrue(page.caption().endsWith("Showing the " + SummaryCharts.MAX_BARS + " articles with the most figures."),
        page.caption());
    String html = page.html();
    String x = html.substring(html.indexOf("x: ["), html.indexOf("]", html.indexOf("x: [")));
    assertEquals(SummaryCharts.MAX_BARS, x.split(",", -1).length, x);
    assertTrue(x.startsWith("x: [\"00099_article.txt\",\"00199_article.txt\","), x);
    assertTrue(x.endsWith(",\"01396_article.txt\",\"01496_article.txt\""), x);
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
