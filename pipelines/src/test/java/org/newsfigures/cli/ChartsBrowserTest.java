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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsfigures.core.charts.SummaryCharts;

/**
 * Opens the dashboard and every chart in headless Chromium with networking off, at the dashboard's width: on the
 * seeds plus an article whose title and text carry a script and an {@code onerror} image, and on a generated corpus
 * of 10,000 articles. Each plot must draw, the console must stay free of errors, the injected code must not run, no
 * two tick labels of a plot may overlap nor leave the window (compared by the boxes the browser lays them out in),
 * and no chart may draw more than {@value #MAX_BARS} bars or {@value SummaryCharts#MAX_EVENTS} markers. Skipped
 * only when no chromium binary exists (.ci/run installs it).
 */
class ChartsBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final int WIDTH = 1300;
  private static final int MAX_BARS = 25;
  private static final String MALICIOUS = """
      Canada trade report <script>document.title='pwned'</script> and "><img src=x onerror="document.body.setAttribute('data-pwned','1')"> today
      Ottawa, January 12, 2026 -
      Prime Minister Mark Carney visited Beijing on January 14, 2026 <script>document.title='pwned'</script>.
      Canada imposed a 25% tariff on Chinese steel in 2024, officials said "><img src=x onerror="document.title='pwned'">.
      """;
  /**
   * Appended to a copy of a page: once plotly has drawn, one line per plot with its tick labels, how many pairs of
   * them overlap, how many leave the window, the most bars of a trace and the markers drawn.
   */
  private static final String LAYOUT_CHECK = """
      <script>
      window.addEventListener('load', function () { setTimeout(function () {
        var lines = [];
        document.querySelectorAll('.js-plotly-plot').forEach(function (gd, i) {
          var boxes = Array.from(gd.querySelectorAll('g.xtick text, g.ytick text'))
              .map(function (t) { return t.getBoundingClientRect(); })
              .filter(function (r) { return r.width > 0 && r.height > 0; });
          var overlaps = 0, outside = 0;
          boxes.forEach(function (a, j) {
            if (a.left < 0 || a.right > window.innerWidth) { outside++; }
            boxes.slice(j + 1).forEach(function (b) {
              if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
                overlaps++;
              }
            });
          });
          var bars = 0, markers = 0;
          gd.data.forEach(function (t) {
            if (t.type === 'bar') { bars = Math.max(bars, (t.orientation === 'h' ? t.y : t.x).length); }
            if (t.type === 'scatter') { markers += t.x.length; }
          });
          lines.push('plot ' + i + ' labels=' + boxes.length + ' overlaps=' + overlaps + ' outside=' + outside
              + ' bars=' + bars + ' markers=' + markers);
        });
        var report = document.createElement('pre');
        report.id = 'layout-report';
        report.textContent = lines.join('\\n');
        document.body.appendChild(report);
      }, 0); });
      </script>
      """;
  private static final List<String> PAGES = List.of("money_usd.html", "trade_pairs.html", "percentages.html",
      "tariffs.html", "conflicts.html", "figures_per_article.html", "events_timeline.html");

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

  static List<String> pages() {
    return PAGES;
  }

  @ParameterizedTest
  @MethodSource("pages")
  void eachChartDrawsOfflineWithoutErrors(String page) throws Exception {
    Browser run = open(charts, page);
    // plotly draws three main-svg layers per plot.
    assertEquals(3, count(run.dom(), "class=\"main-svg\""), "plotly drew one plot in " + page);
    assertLaidOut(run, page, 1);
    assertNoErrorsAndNoInjection(run);
  }

  @Test
  void dashboardDrawsEveryChartAndShowsTheMaliciousTitleAsText() throws Exception {
    Browser run = open(charts, "index.html");
    assertEquals(3 * PAGES.size(), count(run.dom(), "class=\"main-svg\""));
    assertTrue(run.dom().contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"), "title shown as text");
    assertTrue(run.dom().contains("\"&gt;&lt;img src=x onerror="), "attribute breakout shown as text");
    assertTrue(run.dom().contains("<b>6</b>articles"), "headline article count");
    assertLaidOut(run, "index.html", PAGES.size());
    assertNoErrorsAndNoInjection(run);
  }

  /** The dashboard holds every chart's figure as its own page does: one browser start checks them all. */
  @Test
  void theDashboardOfAGeneratedCorpusOf10000ArticlesDrawsEveryChartReadably() throws Exception {
    Browser run = open(GeneratedCorpusRun.output().resolve("charts"), "index.html");
    assertEquals(3 * PAGES.size(), count(run.dom(), "class=\"main-svg\""));
    assertTrue(run.dom().contains("<b>" + GeneratedCorpusRun.ARTICLES + "</b>articles"), "headline article count");
    assertLaidOut(run, "index.html", PAGES.size());
    assertNoErrorsAndNoInjection(run);
  }

  /** Every plot reported, its tick labels apart and inside the window, its bars and markers within bounds. */
  private static void assertLaidOut(Browser run, String page, int plots) {
    Matcher report = Pattern.compile("<pre id=\"layout-report\">([^<]*)</pre>").matcher(run.dom());
    assertTrue(report.find(), "layout report of " + page);
    List<String> lines = report.group(1).lines().toList();
    assertEquals(plots, lines.size(), report.group(1));
    Pattern line = Pattern.compile(
        "plot \\d+ labels=(\\d+) overlaps=(\\d+) outside=(\\d+) bars=(\\d+) markers=(\\d+)");
    for (String l : lines) {
      Matcher m = line.matcher(l);
      assertTrue(m.matches(), l);
      assertTrue(Integer.parseInt(m.group(1)) >= 2, "tick labels drawn in " + page + ": " + l);
      assertEquals("0", m.group(2), "overlapping tick labels in " + page + ": " + l);
      assertEquals("0", m.group(3), "tick labels outside the window in " + page + ": " + l);
      assertTrue(Integer.parseInt(m.group(4)) <= MAX_BARS, "bars in " + page + ": " + l);
      assertTrue(Integer.parseInt(m.group(5)) <= SummaryCharts.MAX_EVENTS, "markers in " + page + ": " + l);
    }
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

  /**
   * Opens a copy of {@code page} with {@link #LAYOUT_CHECK} appended, beside the original (so it loads the same
   * plotly.js), and gives the DOM once plotly has drawn.
   */
  private static Browser open(Path folder, String page) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM);
    Path checked = folder.resolve("layout-check-" + page);
    Files.writeString(checked, Files.readString(folder.resolve(page)).replace("</body>", LAYOUT_CHECK + "</body>"));
    Path profile = Files.createTempDirectory(work, "profile");
    Path log = Files.createTempFile(work, page, ".log");
    try {
      Process chromium = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
              "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
              "--disable-quic", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
              "--window-size=" + WIDTH + ",1000", "--hide-scrollbars", "--virtual-time-budget=10000", "--dump-dom",
              checked.toUri().toString())
          .redirectError(log.toFile())
          .start();
      String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium finished");
      return new Browser(dom, Files.readString(log));
    } finally {
      Files.delete(checked);
    }
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
