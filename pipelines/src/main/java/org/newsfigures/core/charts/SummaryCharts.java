package org.newsfigures.core.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfigures.core.reconcile.ClaimFigure;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The run's summary charts, built from its tables. Every article-derived string in a figure goes through
 * {@link HtmlText#plotly}; titles, axis titles and trace names are this class's own words. Rows are read in the
 * tables' sorted order and ties are broken by label, so the same tables give the same pages.
 */
public final class SummaryCharts {
  private static final String CONFLICT_RED = "#d62728";
  private static final String CALM_BLUE = "#1f77b4";
  private static final double BILLION = 1e9;
  /** Bars a chart shows at most: past this a bar chart is unreadable and its page heavy; the tables have all. */
  static final int MAX_BARS = 60;
  /** Events the timeline shows at most, the most recent. */
  public static final int MAX_EVENTS = 1_000;

  private SummaryCharts() {}

  public static List<ChartPage> build(RunTables run) {
    return List.of(
        moneyInUsd(run), canadaChinaTrade(run), exportShares(run), tariffRates(run), figuresPerArticle(run),
        eventTimeline(run));
  }

  /** 1. Money figures in USD, by claim and article; figures of a conflicting claim in red, listed first. */
  static ChartPage moneyInUsd(RunTables run) {
    Set<String> conflicting = listItems(run.conflicts(), "figure_ids");
    record Bar(boolean conflict, String claim, double usdBillions, int row) {}
    List<Bar> bars = new ArrayList<>();
    for (Row f : run.figures()) {
      if (ChartRows.moneyBar(ChartRows.of(f))) {
        bars.add(new Bar(conflicting.contains(f.getString("figure_id")), claimLabel(f),
            f.getDouble("value_usd") / BILLION, f.getRowNumber()));
      }
    }
    // A bar's label is made only when it is shown or breaks a tie: a large corpus has hundreds of thousands of bars.
    Map<Bar, String> labels = new HashMap<>();
    Function<Bar, String> label = bar -> labels.computeIfAbsent(bar, b -> {
      Row f = run.figures().row(b.row());
      return b.claim() + " · " + sourceLabel(f) + " " + f.getString("text");
    });
    bars.sort(Comparator.comparing((Bar b) -> !b.conflict()).thenComparing(Bar::claim)
        .thenComparing(Bar::usdBillions, Comparator.reverseOrder()).thenComparing(label));
    List<Bar> shown = bars.subList(0, Math.min(MAX_BARS, bars.size()));
    List<Trace> traces = new ArrayList<>();
    for (boolean conflict : List.of(true, false)) {
      List<Bar> group = shown.stream().filter(b -> b.conflict() == conflict).toList();
      if (!group.isEmpty()) {
        traces.add(BarTrace.builder(
                group.stream().map(b -> HtmlText.plotly(label.apply(b))).toArray(),
                group.stream().mapToDouble(Bar::usdBillions).toArray())
            .orientation(BarTrace.Orientation.HORIZONTAL)
            .name(conflict ? "claim in conflict" : "no conflict")
            .marker(Marker.builder().color(conflict ? CONFLICT_RED : CALM_BLUE).build())
            .build());
      }
    }
    Layout layout = layout("Money figures in US dollars, by claim and article", 120 + 40 * shown.size())
        .xAxis(Axis.builder().title("USD billions (annual average rate of the figure’s year)").build())
        .yAxis(Axis.builder().autoRange(Axis.AutoRange.REVERSED).categoryOrder(Axis.CategoryOrder.TRACE).build())
        .margin(Margin.builder().left(430).right(30).top(60).bottom(60).build())
        .build();
    long inConflict = bars.stream().filter(Bar::conflict).count();
    return new ChartPage("money_usd.html", "Money in US dollars",
        bars.size() + " money figures normalized to USD; the " + inConflict
            + " in red belong to a conflicting claim (see the conflicts table for why)." + shownOf(shown, bars,
                " Showing the first " + MAX_BARS + ", conflicting claims first; the figures table has them all."),
        new Figure(layout, traces.toArray(Trace[]::new)));
  }

  /** 2. Canada's exports to and imports from China by year, one bar per reported figure, article on hover. */
  static ChartPage canadaChinaTrade(RunTables run) {
    Map<String, List<Row>> byMetric = new TreeMap<>();
    for (Row f : run.figures()) {
      if (ChartRows.tradeBar(ChartRows.of(f))) {
        byMetric.computeIfAbsent(f.getString("metric"), m -> new ArrayList<>()).add(copyOf(run.figures(), f));
      }
    }
    List<Trace> traces = new ArrayList<>();
    byMetric.forEach((metric, rows) -> {
      rows.sort(Comparator.comparing((Row r) -> r.getInt("year")).thenComparing(SummaryCharts::sourceLabel));
      traces.add(ScatterTrace.builder(
              tech.tablesaw.api.StringColumn.create("year", rows.stream().map(r -> String.valueOf(r.getInt("year")))),
              tech.tablesaw.api.DoubleColumn.create("usd", rows.stream().mapToDouble(r -> r.getDouble("value_usd") / BILLION)))
          .type("bar")
          .name(metric.equals("exports") ? "Canada’s exports to China" : "Canada’s imports from China")
          .text(rows.stream().map(r -> HtmlText.plotly(sourceLabel(r) + ": " + r.getString("text")))
              .toArray(String[]::new))
          .build());
    });
    Layout layout = layout("Canada–China goods trade by year, as reported", 420)
        .barMode(Layout.BarMode.GROUP)
        .xAxis(Axis.builder().title("reference year").type(Axis.Type.CATEGORY).build())
        .yAxis(Axis.builder().title("USD billions").build())
        .build();
    return new ChartPage("canada_china_trade.html", "Canada–China trade by year",
        "Each bar is one figure as an article states it, converted to USD, labelled with its article.",
        new Figure(layout, traces.toArray(Trace[]::new)));
  }

  /** 3. Export shares by destination, hedges in the labels ("about 75%", "less than 4%"). */
  static ChartPage exportShares(RunTables run) {
    record Share(String label, double percent, String hover) {}
    List<Share> shares = new ArrayList<>();
    for (Row f : run.figures()) {
      if (ChartRows.shareBar(ChartRows.of(f))) {
        String hedge = hedgeWords(f.getString("qualifier"));
        String label = f.getString("subject") + " → " + orUnknown(f.getString("counterpart")) + " " + year(f) + ": "
            + hedge + formatNumber(f.getDouble("value")) + "%";
        shares.add(new Share(label, f.getDouble("value"), sourceLabel(f) + ": " + f.getString("text")));
      }
    }
    shares.sort(Comparator.comparing(Share::percent, Comparator.reverseOrder()).thenComparing(Share::label));
    Trace bars = ScatterTrace.builder(
            tech.tablesaw.api.StringColumn.create("share", shares.stream().map(s -> HtmlText.plotly(s.label()))),
            tech.tablesaw.api.DoubleColumn.create("percent", shares.stream().mapToDouble(Share::percent)))
        .type("bar")
        .name("share of exports")
        .marker(Marker.builder().color(CALM_BLUE).build())
        .text(shares.stream().map(s -> HtmlText.plotly(s.hover())).toArray(String[]::new))
        .build();
    Layout layout = layout("Export shares by destination, with the articles’ hedges", 420)
        .xAxis(Axis.builder().title("exporter → destination, year: share as stated").type(Axis.Type.CATEGORY).build())
        .yAxis(Axis.builder().title("share of the exporter’s exports (%)").range(0, 100).build())
        .build();
    return new ChartPage("export_shares.html", "Export shares",
        "Shares of exports by destination; the hedge the article used (about, less than) is part of each label.",
        new Figure(layout, bars));
  }

  /** 4. Tariff rates by imposer, target and product; the same rate from several articles is one bar. */
  static ChartPage tariffRates(RunTables run) {
    record Rate(String imposer, String label, double rate) {}
    Map<Rate, Set<String>> sources = new LinkedHashMap<>();
    int rateless = 0;
    for (Row t : run.tariffs()) {
      if (t.isMissing("rate")) {
        rateless++;
        continue;
      }
      String label = t.getString("imposer") + " on " + orUnknown(t.getString("target")) + " · "
          + orUnknown(t.getString("product")) + " (" + hedgeWords(t.getString("qualifier"))
          + formatNumber(t.getDouble("rate")) + "%)";
      sources.computeIfAbsent(new Rate(t.getString("imposer"), label, t.getDouble("rate")), r -> new TreeSet<>())
          .add(sourceLabel(t));
    }
    List<Rate> rates = new ArrayList<>(sources.keySet());
    rates.sort(Comparator.comparing(Rate::rate, Comparator.reverseOrder()).thenComparing(Rate::label));
    List<Rate> shown = rates.subList(0, Math.min(MAX_BARS, rates.size()));
    Map<String, List<Rate>> byImposer = shown.stream()
        .collect(Collectors.groupingBy(Rate::imposer, TreeMap::new, Collectors.toList()));
    List<Trace> traces = new ArrayList<>();
    byImposer.forEach((imposer, group) -> traces.add(ScatterTrace.builder(
            tech.tablesaw.api.StringColumn.create("tariff", group.stream().map(r -> HtmlText.plotly(r.label()))),
            tech.tablesaw.api.DoubleColumn.create("rate", group.stream().mapToDouble(Rate::rate)))
        .type("bar")
        .name("imposed by " + HtmlText.plotly(imposer))
        .text(group.stream().map(r -> HtmlText.plotly("reported by " + String.join(", ", sources.get(r))))
            .toArray(String[]::new))
        .build()));
    Layout layout = layout("Tariff rates by imposer, target and product", 460)
        .xAxis(Axis.builder().title("imposer on target · product (rate as stated)").type(Axis.Type.CATEGORY)
            .categoryOrder(Axis.CategoryOrder.TRACE).build())
        .yAxis(Axis.builder().title("tariff rate (%)").build())
        .margin(Margin.builder().left(70).right(30).top(60).bottom(170).build())
        .build();
    return new ChartPage("tariffs.html", "Tariff rates",
        rates.size() + " distinct stated rates, highest first; " + rateless
            + " tariff statements without a rate are in the tariffs table only."
            + shownOf(shown, rates, " Showing the " + MAX_BARS + " highest rates."),
        new Figure(layout, traces.toArray(Trace[]::new)));
  }

  /** 5. Figures per article, stacked by kind, articles with the most figures first. */
  static ChartPage figuresPerArticle(RunTables run) {
    List<String> labels = ChartRows.busiestArticles(run.articles());
    List<String> articles = labels.subList(0, Math.min(MAX_BARS, labels.size()));
    Set<String> shown = new HashSet<>(articles);
    Map<String, Map<String, Integer>> counts = new TreeMap<>(); // kind → article → figures
    for (Row f : run.figures()) {
      String label = sourceLabel(f);
      if (shown.contains(label)) {
        counts.computeIfAbsent(f.getString("kind"), k -> new TreeMap<>()).merge(label, 1, Integer::sum);
      }
    }
    Object[] x = articles.stream().map(HtmlText::plotly).toArray();
    List<Trace> traces = new ArrayList<>();
    counts.forEach((kind, perArticle) -> traces.add(BarTrace.builder(x,
            articles.stream().mapToDouble(a -> perArticle.getOrDefault(a, 0)).toArray())
        .name(HtmlText.plotly(kind))
        .build()));
    Layout layout = layout("Figures per article, by kind", 420)
        .barMode(Layout.BarMode.STACK)
        .xAxis(Axis.builder().title("article (source-file prefix)").type(Axis.Type.CATEGORY)
            .categoryOrder(Axis.CategoryOrder.TRACE).build())
        .yAxis(Axis.builder().title("figures").build())
        .build();
    return new ChartPage("figures_per_article.html", "Figures per article",
        run.figureCount() + " figures in " + run.articles().rowCount() + " articles, by kind."
            + (labels.size() > MAX_BARS ? " Showing the " + MAX_BARS + " articles with the most figures." : ""),
        new Figure(layout, traces.toArray(Trace[]::new)));
  }

  /** 6. Dated events on a time axis, one row per event type; the sentence on hover. */
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
        .yAxis(Axis.builder().title("event").type(Axis.Type.CATEGORY).build())
        .margin(Margin.builder().left(110).right(30).top(60).bottom(60).build())
        .build();
    return new ChartPage("events_timeline.html", "Timeline of events",
        run.eventCount() + " dated events from the articles, each at the first day its date covers; hover for the sentence."
            + (run.eventCount() > MAX_EVENTS ? " Showing the " + MAX_EVENTS + " most recent." : ""),
        new Figure(layout, traces.toArray(Trace[]::new)));
  }

  /** The caption's note when a chart shows only part of its data. */
  private static String shownOf(List<?> shown, List<?> all, String note) {
    return shown.size() < all.size() ? note : "";
  }

  private static Layout.LayoutBuilder layout(String title, int height) {
    return Layout.builder().title(title).height(height).autosize(true);
  }

  private static String claimLabel(Row f) {
    return f.getString("metric") + " " + f.getString("subject") + "–" + orUnknown(f.getString("counterpart")) + " "
        + year(f);
  }

  private static String year(Row row) {
    return row.isMissing("year") ? "(year unknown)" : String.valueOf(row.getInt("year"));
  }

  private static String sourceLabel(Row row) {
    return ClaimFigure.sourceLabel(row.getString("source_file"));
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

  private static String orUnknown(String code) {
    return code.isEmpty() ? "unspecified" : code;
  }

  private static String formatNumber(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  /** A sentence cut to fit a hover label (cut before escaping, so no entity is split). */
  private static String shorten(String sentence) {
    return sentence.length() <= 140 ? sentence : sentence.substring(0, 139) + "…";
  }

  private static Set<String> listItems(Table table, String column) {
    Set<String> items = new TreeSet<>();
    for (Row row : table) {
      items.addAll(Arrays.asList(row.getString(column).split("\\|")));
    }
    return items;
  }

  /** A Row in a for-each loop is one cursor that moves on; keep a row of its own to hold on to. */
  private static Row copyOf(Table table, Row row) {
    return table.row(row.getRowNumber());
  }
}
