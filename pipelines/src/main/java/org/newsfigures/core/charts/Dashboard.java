package org.newsfigures.core.charts;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Row;

/**
 * charts/index.html: the run's headline numbers, every chart with its one-line caption, and the articles read;
 * plus each chart's own page and plotly.js, so the folder works offline. Article text is escaped with
 * {@link HtmlText#html}.
 */
public final class Dashboard {
  public static final String INDEX = "index.html";
  /** Articles the dashboard lists at most: the page stays light on a corpus of any size. */
  static final int MAX_ARTICLES_LISTED = 200;

  private Dashboard() {}

  /** Every file of charts/, by name. */
  public static Map<String, byte[]> files(RunTables run) {
    List<ChartPage> pages = SummaryCharts.build(run);
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(INDEX, index(run, pages).getBytes(StandardCharsets.UTF_8));
    for (ChartPage page : pages) {
      files.put(page.fileName(), page.html().getBytes(StandardCharsets.UTF_8));
    }
    files.put(PlotlyScript.FILE_NAME, PlotlyScript.bytes());
    return files;
  }

  static String index(RunTables run, List<ChartPage> pages) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n")
        .append("<title>newsfigures: summary charts</title>\n")
        .append("<script src=\"").append(PlotlyScript.FILE_NAME).append("\"></script>\n")
        .append(ChartPage.STYLE).append("</head>\n<body>\n<h1>newsfigures: summary charts</h1>\n")
        .append("<div class=\"numbers\">\n");
    headline(html, "articles", run.articles().rowCount());
    headline(html, "figures", run.figureCount());
    headline(html, "claims", run.claims().rowCount());
    headline(html, "conflicts", run.conflicts().rowCount());
    html.append("</div>\n");
    for (int i = 0; i < pages.size(); i++) {
      html.append(pages.get(i).section("chart" + i, true));
    }
    return html.append(articleList(run.articles())).append("</body>\n</html>\n").toString();
  }

  /** The articles read, as a table: the first {@value #MAX_ARTICLES_LISTED} by article id, and how many more. */
  static String articleList(tech.tablesaw.api.Table articles) {
    StringBuilder html = new StringBuilder();
    html.append("<section>\n<h2>Articles</h2>\n<table>\n<tr><th>file</th><th>title</th><th>published</th>"
        + "<th>figures</th></tr>\n");
    int listed = 0;
    for (Row a : articles) {
      if (listed++ == MAX_ARTICLES_LISTED) {
        break;
      }
      html.append("<tr><td>").append(HtmlText.html(a.getString("source_file"))).append("</td><td>")
          .append(HtmlText.html(a.getString("title"))).append("</td><td>")
          .append(a.isMissing("published_date") ? "" : a.getDate("published_date")).append("</td><td>")
          .append(a.getInt("figure_count")).append("</td></tr>\n");
    }
    html.append("</table>\n");
    if (articles.rowCount() > MAX_ARTICLES_LISTED) {
      html.append("<p class=\"caption\">The first ").append(MAX_ARTICLES_LISTED).append(" of ")
          .append(articles.rowCount()).append(" articles, by article id; the articles table has them all.</p>\n");
    }
    return html.append("</section>\n").toString();
  }

  private static void headline(StringBuilder html, String name, int count) {
    html.append("<div><b>").append(count).append("</b>").append(name).append("</div>\n");
  }
}
