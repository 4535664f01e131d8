package org.newsfigures.core.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsfigures.core.analysis.SourceLabel;
import tech.tablesaw.api.Row;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The run's summary charts, built from its tables: claims (money, trade by pair and year, percentages), tariffs,
 * conflicts, then the corpus itself (figures per article, dated events). Each shows a bounded top part, whatever
 * the corpus size, and its caption says what was left out. Every article-derived string in a figure goes through
 * {@link HtmlText#plotly}; titles, axis titles and trace names are this package's own words. Rows are read in the
 * tables' sorted order and ties are broken by label, so the same tables give the same pages.
 */
public final class SummaryCharts {
  /** Events the timeline shows at most, the most recent. */
  public static final int MAX_EVENTS = 1_000;

  private SummaryCharts() {}

  public static List<ChartPage> build(RunTables run) {
    List<ChartClaim> claims = ChartClaim.of(run.claims());
    return List.of(
        ClaimCharts.money(claims), ClaimCharts.tradeByPairAndYear(claims), ClaimCharts.percentages(claims),
        TariffChart.build(run.tariffs(), run.articles()), ConflictChart.build(run.conflicts(), claims, run.articles()),
        figuresPerArticle(run), eventTimeline(run));
  }

  /** Figures per article, stacked by kind, articles with the most figures first. */
  static ChartPage figuresPerArticle(RunTables run) {
    List<String> labels = ChartRows.busiestArticles(run.articles());
    List<String> articles = labels.subList(0, Math.min(RankedBars.MAX_ROWS, labels.size()));
    Set<String> shown = new HashSet<>(articles);
    Map<String, Map<String, Integer>> counts = new TreeMap<>(); // kind → article → figures
    for (Row f : run.figures()) {
      String label = sourceLabel(f);
      if (shown.contains(label)) {
        counts.computeIfAbsent(f.getString("kind"), k -> new TreeMap<>()).merge(label, 1, Integer::sum);
      }
    }
    Object[] y = articles.stream().map(a -> HtmlText.plotly(RankedBars.cut(a))).toArray();
    List<Trace> traces = new ArrayList<>();
    counts.forEach((kind, perArticle) -> traces.add(BarTrace.builder(y,
            articles.stream().mapToDouble(a -> perArticle.getOrDefault(a, 0)).toArray())
        .orientation(BarTrace.Orientation.HORIZONTAL)
        .name(HtmlText.plotly(kind))
        .build()));
    Layout layout = layout("Figures per article, by kind", 150 + RankedBars.ROW_PIXELS * Math.max(articles.size(), 3))
        .barMode(Layout.BarMode.STACK)
        .xAxis(Axis.builder().title("figures").build())
        .yAxis(Axis.builder().type(Axis.Type.CATEGORY).categoryOrder(Axis.CategoryOrder.TRACE)
            .autoRange(Axis.AutoRange.REVERSED).build())
        .margin(RankedBars.leftMargin(articles.stream().map(RankedBars::cut).toList()))
        .build();
    return new ChartPage("figures_per_article.html", "Figures per article",
        run.figureCount() + " figures in " + run.articles().rowCount() + " articles, by kind."
            + (labels.size() > RankedBars.MAX_ROWS ? " Showing the " + RankedBars.MAX_ROWS
                + " articles with the most figures; the articles table has every article’s count." : ""),
        new Figure(layout, traces.toArray(Trace[]::new)), "");
  }

  /** Dated events on a time axis, one row per event type; the sentence on hover. */
  static ChartPage eventTimeline(RunTables run) {
    // The most recent events: sorted by keys read once, not by rows read at every comparison.
    record Dated(LocalDate date, String eventId, int row) {}
    List<Dated> events = new ArrayList<>(run.events().rowCount());
    for (Row e : run.events()) {
      events.add(new Dated(e.getDate("date_start"), e.getString("event_id"), e.getRowNumber()));
    }
    events.sort(Comparator.comparing(Dated::date).reversed().thenComparing(Dated::eventId));
    Map<String, List<Row>> byType = new TreeMap<>();
    for (Dated dated : events.subList(0, Math.min(MAX_EVENTS, events.size()))) {
      Row e = run.events().row(dated.row());
      byType.computeIfAbsent(e.getString("event_type"), t -> new ArrayList<>()).add(e);
    }
    Map<String, String> labels = new TreeMap<>();
    for (Row a : run.articles()) {
      labels.put(a.getString("article_id"), sourceLabel(a));
    }
    List<Trace> traces = new ArrayList<>();
    byType.forEach((type, rows) -> {
      rows.sort(Comparator.comparing((Row r) -> r.getDate("date_start")).thenComparing(r -> r.getString("event_id")));
      traces.add(ScatterTrace.builder(
              tech.tablesaw.api.StringColumn.create("date", rows.stream().map(r -> r.getDate("date_start").toString())),
              tech.tablesaw.api.StringColumn.create("type", rows.stream().map(r -> HtmlText.plotly(type))))
          .mode(ScatterTrace.Mode.MARKERS)
          .name(HtmlText.plotly(type))
          .marker(Marker.builder().size(11).build())
          .text(rows.stream().map(r -> HtmlText.plotly(labels.getOrDefault(r.getString("article_id"), "?") + " · "
              + r.getString("date_text") + " (" + r.getDate("date_start") + " to " + r.getDate("date_end") + ")"
              + (r.getString("location").isEmpty() ? "" : " · " + r.getString("location")) + " · "
              + shorten(r.getString("sentence")))).toArray(String[]::new))
          .build());
    });
    Layout layout = layout("Timeline of dated events", 460)
        .xAxis(Axis.builder().title("date (first day the text’s date covers)").type(Axis.Type.DATE).build())
        .yAxis(Axis.builder().type(Axis.Type.CATEGORY).build())
        .margin(RankedBars.leftMargin(new ArrayList<>(byType.keySet())))
        .build();
    return new ChartPage("events_timeline.html", "Timeline of events",
        run.eventCount() + " dated events from the articles, each at the first day its date covers; hover for the sentence."
            + (run.eventCount() > MAX_EVENTS ? " Showing the " + MAX_EVENTS + " most recent." : ""),
        new Figure(layout, traces.toArray(Trace[]::new)), "");
  }

  private static Layout.LayoutBuilder layout(String title, int height) {
    return Layout.builder().title(title).height(height).autosize(true);
  }

  private static String sourceLabel(Row row) {
    return SourceLabel.of(row.getString("source_file"));
  }

  /** The words a hedge is printed with, ending in a space; none for an exact figure. */
  static String hedgeWords(String qualifier) {
    return switch (qualifier) {
      case "approx" -> "about ";
      case "more_than" -> "more than ";
      case "less_than" -> "less than ";
      case "at_least" -> "at least ";
      case "at_most" -> "up to ";
      default -> "";
    };
  }

  /** A sentence cut to fit a hover label (cut before escaping, so no entity is split). */
  private static String shorten(String sentence) {
    return sentence.length() <= 140 ? sentence : sentence.substring(0, 139) + "…";
  }
}
