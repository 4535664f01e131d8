package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Opens the dashboard and every chart in headless Chromium with networking off, on the seeds plus an article
 * whose title and text carry a script and an {@code onerror} image: each plot must draw, the console must stay
 * free of errors, and the injected code must not run. Skipped only when no chromium binary exists (.ci/run
 * installs it).
 */
class ChartsBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final String MALICIOUS = """
      Canada trade report <script>document.title='pwned'</script> and "><img src=x onerror="document.body.setAttribute('data-pwned','1')"> today
      Ottawa, January 12, 2026 -
      Prime Minister Mark Carney visited Beijing on January 14, 2026 <script>document.title='pwned'</script>.
      Canada imposed a 25% tariff on Chinese steel in 2024, officials said "><img src=x onerror="document.title='pwned'">.
      """;

  @TempDir static Path work;
  static Path charts;

  @BeforeAll
  static void runOnSeedsAndAMaliciousArticle() throws Exception {
    Path input = Files.createDirectories(work.resolve("input"));
    try (var seeds = Files.list(PipelineRun.SEEDS)) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, input.resolve(seed.getFileName()));
      }
    }
    Files.writeString(input.resolve("900_malicious.txt"), MALICIOUS);
    PipelineRun.run(input, work.resolve("output"));
    charts = work.resolve("output/charts");
  }

  @ParameterizedTest
  @ValueSource(strings = {"money_usd.html", "canada_china_trade.html", "export_shares.html", "tariffs.html",
      "figures_per_article.html", "events_timeline.html"})
  void eachChartDrawsOfflineWithoutErrors(String page) throws Exception {
    Browser run = open(page);
    // plotly draws three main-svg layers per plot, and a "point" per bar or marker.
    assertEquals(3, count(run.dom(), "class=\"main-svg\""), "plotly drew one plot in " + page);
    assertTrue(count(run.dom(), "class=\"point\"") >= 2, "bars or markers in " + page);
    assertNoErrorsAndNoInjection(run);
  }

  @org.junit.jupiter.api.Test
  void dashboardDrawsEveryChartAndShowsTheMaliciousTitleAsText() throws Exception {
    Browser run = open("index.html");
    assertEquals(3 * 6, count(run.dom(), "class=\"main-svg\""));
    assertTrue(run.dom().contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "title shown as text");
    assertTrue(run.dom().contains("\"&gt;&lt;img src=x onerror="), "attribute breakout shown as text");
    assertTrue(run.dom().contains("<b>6</b>articles"), "headline article count");
    assertNoErrorsAndNoInjection(run);
  }

  private static void assertNoErrorsAndNoInjection(Browser run) {
    assertTrue(run.dom().contains("<title>") && !run.dom().contains("<title>pwned"), "document.title unchanged");
    assertFalse(Pattern.compile("<body[^>]*data-pwned").matcher(run.dom()).find(), "onerror handler ran");
    assertFalse(Pattern.compile("<img[^>]*onerror").matcher(run.dom()).find(), "an injected img element exists");
    List<String> errors = run.log().lines()
        .filter(l -> l.contains("CONSOLE") && (l.contains("Uncaught") || l.contains("Error") || l.contains("ERROR")))
        .toList();
    assertEquals(List.of(), errors, "console errors");
  }

  private record Browser(String dom, String log) {}

  private static Browser open(String page) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM);
    Path profile = Files.createTempDirectory(work, "profile");
    Path log = work.resolve(page + ".log");
    Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
            "--virtual-time-budget=10000", "--dump-dom", charts.resolve(page).toUri().toString())
        .redirectError(log.toFile())
        .start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium finished");
    return new Browser(dom, Files.readString(log));
  }

  private static int count(String text, String needle) {
    Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
