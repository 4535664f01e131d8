package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the seed run's charts show: the values and labels the issue asks to see at a glance. */
class ChartPagesTest {
  @TempDir static Path output;
  static Path charts;

  @BeforeAll
  static void runOnSeeds() {
    PipelineRun.run(PipelineRun.SEEDS, output);
    charts = output.resolve("charts");
  }

  @Test
  void theTwoWayTradeConflictIsRedWithAllThreeAmountsInUsd() throws Exception {
    String page = Files.readString(charts.resolve("money_usd.html"));
    String conflictTrace = page.substring(page.indexOf("var trace0"), page.indexOf("var trace1"));
    assertTrue(conflictTrace.contains("name: 'claim in conflict'") && conflictTrace.contains("'#d62728'"));
    assertTrue(conflictTrace.contains("\"trade_total CA–CN 2024 · 000 US$118.7 billion\""));
    assertTrue(conflictTrace.contains("\"trade_total CA–CN 2024 · 004 C$118.7 billion\""));
    assertTrue(conflictTrace.contains("\"trade_total CA–CN 2024 · 004 US $85.5 billion\""));
    // US$118.7B, and C$118.7B at the 2024 rate (1.3698 CAD per USD) = US$86.65B, and US$85.5B, in that order.
    assertTrue(conflictTrace.contains("118.70000000000002, 86.65498612936196, 85.5"), conflictTrace);
    assertTrue(page.contains("title: 'USD billions"));
  }

  @Test
  void hedgesAndTariffsAreLabelled() throws Exception {
    String shares = Files.readString(charts.resolve("export_shares.html"));
    assertTrue(shares.contains("[\"CA → US 2024: about 75%\",\"CA → CN 2024: less than 4%\"]"), shares);
    String tariffs = Files.readString(charts.resolve("tariffs.html"));
    assertTrue(tariffs.contains("\"CN on CA · canola (more than 70%)\""));
    assertTrue(tariffs.contains("\"reported by 000, 004\""), "steel at 25% is stated by two articles");
  }

  @Test
  void dashboardShowsTheHeadlineNumbersAndEveryChart() throws Exception {
    String index = Files.readString(charts.resolve("index.html"));
    for (String headline : List.of("<b>5</b>articles", "<b>35</b>figures", "<b>19</b>claims", "<b>3</b>conflicts")) {
      assertTrue(index.contains(headline), headline);
    }
    assertEquals(6, index.split("Plotly.newPlot", -1).length - 1, "six plots");
  }

  @Test
  void noPageLoadsAnythingFromTheNetwork() throws Exception {
    try (Stream<Path> pages = Files.list(charts).filter(p -> p.toString().endsWith(".html"))) {
      for (Path page : pages.toList()) {
        String html = Files.readString(page);
        assertTrue(html.contains("<script src=\"plotly-2.35.3.js\"></script>"), page.toString());
        assertFalse(html.contains("http://") || html.contains("https://"), page.toString());
      }
    }
    assertTrue(Files.size(charts.resolve("plotly-2.35.3.js")) > 3_000_000, "plotly.js itself is there");
  }
}
