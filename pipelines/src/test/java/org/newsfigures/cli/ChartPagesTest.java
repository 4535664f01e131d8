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
  void eachMoneyClaimIsOneBarOfItsConsensusWithTheRangeItsArticlesState() throws Exception {
    String page = Files.readString(charts.resolve("money_usd.html"));
    // Four claims, the one two articles state first; the 2024 two-way trade and exports conflict (red).
    assertTrue(page.contains("\"y\":[\"trade total CA–CN 2024 · 2 articles — $118.7B\","
        + "\"imports CA→CN 2024 · 1 article — $88.8B\",\"exports CA→CN 2025 · 1 article — $41.7B\","
        + "\"exports CA→CN 2024 · 1 article — $29.9B\"]"), page);
    assertTrue(page.contains("\"color\":[\"#d62728\",\"#1f77b4\",\"#1f77b4\",\"#d62728\"]"), page);
    // 000's US$118.7B is the consensus; 004's US $85.5B is the low end of the range: a whisker 33.2 billion long.
    assertTrue(page.contains("\"arrayminus\":[33.20000000000003,0.0,0.0,0.0]"), page);
    assertTrue(page.contains("trade total CA–CN 2024: consensus $118.7B; stated $85.5B to $118.7B by 2 articles"
        + " in 3 figures; the articles disagree (see the conflicts)"), page);
    assertFalse(page.contains("more — see the claims table"), "every claim is shown");
  }

  @Test
  void canadaChinaTradeIsAPairByYearWithTheConflictsMarked() throws Exception {
    assertHas("trade_pairs.html", "\"x\":[\"2024\",\"2025\"]",
        "\"y\":[\"CA–CN total trade\",\"CA exports to CN\",\"CA imports from CN\"]",
        "\"text\":[[\"$118.7B ≠\",\"\"],[\"$29.9B ≠\",\"$41.7B\"],[\"$88.8B\",\"\"]]");
  }

  @Test
  void sharesShowTheirConsensusAndTariffsTheLatestRateWithItsHedgeAndSources() throws Exception {
    String shares = Files.readString(charts.resolve("percentages.html"));
    assertTrue(shares.contains("\"y\":[\"export share CA→US 2024 · 1 article — 75%\","
        + "\"exports change CA→CN 2025 · 1 article — 10.4%\",\"export share CA→CN 2024 · 1 article — 4%\"]"), shares);
    String tariffs = Files.readString(charts.resolve("tariffs.html"));
    assertTrue(tariffs.contains("\"CN on CA · canola · 1 article — more than 70%\""), tariffs);
    assertTrue(tariffs.contains("\"CA on CN · steel: latest 25% (2024), stated by 000, 004; 2 articles state a rate\""),
        "steel at 25% is stated by two articles");
    assertTrue(tariffs.contains("Left out: 0 rates without a known imposer or target, and 14 tariff statements"
        + " without a rate"), tariffs);
  }

  @Test
  void theConflictsAreCountedByTypeAndExplainedBelow() throws Exception {
    assertHas("conflicts.html", "\"y\":[\"currency mismatch\",\"derived inconsistency\",\"duration mismatch\"]",
        "<h3 id=\"conflicts-currency_mismatch\">currency mismatch: 1 conflict</h3>",
        "000 gives US$118.7 billion and 004 gives about C$118.7 billion",
        // a click on a bar leads to its explanations
        "plot.on('plotly_click'");
  }

  @Test
  void dashboardShowsTheHeadlineNumbersAndEveryChart() throws Exception {
    String index = Files.readString(charts.resolve("index.html"));
    for (String headline : List.of("<b>5</b>articles", "<b>35</b>figures", "<b>16</b>claims", "<b>3</b>conflicts")) {
      assertTrue(index.contains(headline), headline);
    }
    assertEquals(7, index.split("Plotly.newPlot", -1).length - 1, "seven plots");
  }

  private static void assertHas(String page, String... texts) throws Exception {
    String html = Files.readString(charts.resolve(page));
    for (String text : texts) {
      assertTrue(html.contains(text), page + " lacks " + text);
    }
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
