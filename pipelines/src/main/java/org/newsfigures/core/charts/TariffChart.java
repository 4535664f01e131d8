package org.newsfigures.core.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsfigures.core.analysis.SourceLabel;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Tariffs as imposer × target × product: per cell the latest rate stated (latest reference year, then latest
 * published article) and the articles stating that rate, with the range of every rate stated for the cell. Statements
 * without a rate, or without a known imposer or target, are left out and counted in the caption.
 */
final class TariffChart {
  /** Sources a bar's hover names at most. */
  private static final int MAX_SOURCES_NAMED = 5;

  private TariffChart() {}

  /** One statement of a rate. */
  private record Stated(double rate, String qualifier, Integer year, LocalDate published, String source,
      String articleId) {}

  /** The latest first: latest year (unknown years last), latest published, highest rate, then by source. */
  private static final Comparator<Stated> LATEST_FIRST =
      Comparator.comparing((Stated s) -> s.year() == null ? Integer.MIN_VALUE : s.year(), Comparator.reverseOrder())
          .thenComparing(s -> s.published() == null ? LocalDate.MIN : s.published(), Comparator.reverseOrder())
          .thenComparing(Stated::rate, Comparator.reverseOrder())
          .thenComparing(Stated::source);

  static ChartPage build(Table tariffs, Table articles) {
    Map<String, LocalDate> published = new HashMap<>();
    for (Row a : articles) {
      published.put(a.getString("article_id"), a.isMissing("published_date") ? null : a.getDate("published_date"));
    }
    Map<String, List<Stated>> cells = new TreeMap<>();
    int rateless = 0;
    int unknownParty = 0;
    for (Row t : tariffs) {
      if (t.isMissing("rate")) {
        rateless++;
      } else if (t.getString("imposer").isEmpty() || t.getString("target").isEmpty()) {
        unknownParty++;
      } else {
        String product = t.getString("product");
        String cell = t.getString("imposer") + " on " + t.getString("target") + " · "
            + (product.isEmpty() ? "all products" : product);
        cells.computeIfAbsent(cell, c -> new ArrayList<>()).add(new Stated(t.getDouble("rate"),
            t.getString("qualifier"), t.isMissing("year") ? null : t.getInt("year"),
            published.get(t.getString("article_id")), SourceLabel.of(t.getString("source_file")),
            t.getString("article_id")));
      }
    }
    record Cell(String label, int articles, Stated latest, RankedBars.Bar bar) {}
    List<Cell> ranked = new ArrayList<>();
    cells.forEach((label, statements) -> {
      statements.sort(LATEST_FIRST);
      Stated latest = statements.get(0);
      Set<String> sources = new TreeSet<>();
      Set<String> articleIds = new TreeSet<>();
      double low = latest.rate();
      double high = latest.rate();
      for (Stated s : statements) {
        articleIds.add(s.articleId());
        low = Math.min(low, s.rate());
        high = Math.max(high, s.rate());
        if (s.rate() == latest.rate()) {
          sources.add(s.source());
        }
      }
      String rate = SummaryCharts.hedgeWords(latest.qualifier()) + RankedBars.number(latest.rate()) + "%";
      List<String> named = new ArrayList<>(sources).subList(0, Math.min(MAX_SOURCES_NAMED, sources.size()));
      String hover = label + ": latest " + rate + (latest.year() == null ? "" : " (" + latest.year() + ")")
          + ", stated by " + String.join(", ", named)
          + (sources.size() > named.size() ? " and " + (sources.size() - named.size()) + " more" : "") + "; "
          + ClaimCharts.articles(articleIds.size()) + (articleIds.size() == 1 ? " states a rate" : " state a rate")
          + (low < high ? ", from " + RankedBars.number(low) + "% to " + RankedBars.number(high) + "%" : "");
      ranked.add(new Cell(label, articleIds.size(), latest, new RankedBars.Bar(
          label + " · " + ClaimCharts.articles(articleIds.size()), rate, latest.rate(), low, high, low < high,
          hover)));
    });
    ranked.sort(Comparator.comparing(Cell::articles, Comparator.reverseOrder())
        .thenComparing(c -> c.latest().rate(), Comparator.reverseOrder()).thenComparing(Cell::label));
    return new ChartPage("tariffs.html", "Tariff rates",
        ranked.size() + " tariffs (imposer on target · product) with a stated rate: each bar is the latest rate"
            + " stated, the whisker the range of every rate stated for it, red where the articles state different"
            + " rates; hover for the articles." + RankedBars.moreNote(ranked.size(), "by number of articles, then rate",
                "tariffs")
            + " Left out: " + unknownParty + " rates without a known imposer or target, and " + rateless
            + " tariff statements without a rate (both in the tariffs table).",
        RankedBars.figure("Tariffs: latest rate by imposer, target and product", "tariff rate (%)",
            RankedBars.Unit.PERCENT, ranked.stream().map(Cell::bar).toList()),
        "");
  }
}
