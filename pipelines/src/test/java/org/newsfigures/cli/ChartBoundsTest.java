package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts of a generated corpus of 10,000 articles stay bounded: every page under its byte bound (the README
 * states them), every chart at most 25 rows with a note saying how many more the tables hold. Bars and overlapping
 * labels as drawn are checked in a browser by {@link ChartsBrowserTest}.
 */
class ChartBoundsTest {
  static final long MAX_CHART_PAGE_BYTES = 256 * 1024;
  static final long MAX_DASHBOARD_BYTES = 512 * 1024;
  private static final Pattern CAPTION = Pattern.compile("<p class=\"caption\">([^<]*)");
  private static Path charts;

  @BeforeAll
  static void runOnAGeneratedCorpus() throws Exception {
    charts = GeneratedCorpusRun.output().resolve("charts");
  }

  @Test
  void everyPageStaysUnderItsBound() throws Exception {
    List<Path> pages;
    try (Stream<Path> files = Files.list(charts).filter(p -> p.toString().endsWith(".html"))) {
      pages = files.sorted().toList();
    }
    assertEquals(8, pages.size(), pages.toString());
    for (Path page : pages) {
      long bound = page.getFileName().toString().equals("index.html") ? MAX_DASHBOARD_BYTES : MAX_CHART_PAGE_BYTES;
      assertTrue(Files.size(page) <= bound, page.getFileName() + ": " + Files.size(page) + " bytes");
    }
  }

  @Test
  void eachClaimChartShowsItsTop25AndSaysHowManyMore() throws Exception {
    for (String page : List.of("money_usd.html", "percentages.html", "tariffs.html", "trade_pairs.html")) {
      String html = Files.readString(charts.resolve(page));
      Matcher caption = CAPTION.matcher(html);
      assertTrue(caption.find(), page);
      assertTrue(Pattern.compile("Showing the top 25 [^;]+; and \\d+ more — see the (claims|tariffs) table\\.")
          .matcher(caption.group(1)).find(), page + ": " + caption.group(1));
      // One bar or heatmap row per row label; the labels are the trace's y.
      Matcher y = Pattern.compile("\"y\":\\[(\"[^\\]]*\")\\]").matcher(html);
      assertTrue(y.find(), page);
      assertEquals(25, y.group(1).split("\",\"", -1).length, page + ": " + y.group(1));
    }
  }

  @Test
  void theConflictsListTheMostSevereOfEachTypeAndSayHowManyMore() throws Exception {
    String html = Files.readString(charts.resolve("conflicts.html"));
    assertTrue(html.split("<tr id=\"conflict-", -1).length - 1 <= 5 * 5, "at most 5 rows for each of 5 types");
    assertTrue(html.contains(" more of this type — see the conflicts table."), "the note on what is left out");
  }
}
