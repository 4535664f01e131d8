package org.newsfigures.core.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;

/**
 * The charts of claims: money and percentages as ranked bars of their consensus and range, and trade as a heatmap
 * of country pairs by year. A claim is drawn once however many articles state it; the claims table has every one.
 */
final class ClaimCharts {
  /** The trade claims the pair-by-year chart draws, in the words of its rows. */
  private static final Map<String, String> TRADE_ROWS = Map.of(
      "exports", "%s exports to %s", "imports", "%s imports from %s", "trade_total", "%s–%s total trade",
      "trade_balance", "%s trade balance with %s");
  /** Years the pair-by-year chart shows at most, the latest: the columns stay wide enough for their values. */
  static final int MAX_YEARS = 12;
  private static final int HEATMAP_ROW_PIXELS = 30;

  private ClaimCharts() {}

  /** Money claims in US dollars: consensus and range of the claims most articles state. */
  static ChartPage money(List<ChartClaim> claims) {
    List<ChartClaim> money = claims.stream().filter(c -> c.kind().equals("money")).toList();
    List<ChartClaim> drawn = money.stream().filter(c -> c.consensus() != null)
        .sorted(ChartClaim.MOST_STATED_FIRST).toList();
    return new ChartPage("money_usd.html", "Money claims in US dollars",
        drawn.size() + " money claims with a US-dollar amount: each bar is a claim's consensus, the whisker the range"
            + " its articles state, red where they disagree (see the conflicts)."
            + (money.size() > drawn.size() ? " " + (money.size() - drawn.size())
                + " money claims without a known currency have no USD amount." : "")
            + RankedBars.moreNote(drawn.size(), "by number of articles, then amount", "claims"),
        RankedBars.figure("Money claims: consensus in US dollars, range across articles",
            "US dollars at the annual average rate of the claim’s year", RankedBars.Unit.USD, bars(drawn,
                RankedBars.Unit.USD)),
        "");
  }

  /** Percentages other than tariff rates (shares, changes): consensus and range of the most stated. */
  static ChartPage percentages(List<ChartClaim> claims) {
    List<ChartClaim> drawn = claims.stream()
        .filter(c -> c.kind().equals("percent") && !c.metric().equals("tariff_rate") && c.consensus() != null)
        .sorted(ChartClaim.MOST_STATED_FIRST).toList();
    return new ChartPage("percentages.html", "Shares and changes in percent",
        drawn.size() + " percentage claims (export shares, changes; tariff rates have their own chart): each bar is"
            + " the consensus, the whisker the range stated, red where the articles disagree."
            + RankedBars.moreNote(drawn.size(), "by number of articles, then value", "claims"),
        RankedBars.figure("Percentages: consensus and range across articles", "percent", RankedBars.Unit.PERCENT,
            bars(drawn, RankedBars.Unit.PERCENT)),
        "");
  }

  private static List<RankedBars.Bar> bars(List<ChartClaim> claims, RankedBars.Unit unit) {
    List<RankedBars.Bar> bars = new ArrayList<>();
    for (ChartClaim c : claims.subList(0, Math.min(RankedBars.MAX_ROWS, claims.size()))) {
      double low = c.low();
      double high = c.high();
      bars.add(new RankedBars.Bar(c.label() + " · " + articles(c.articles()), unit.format(c.consensus()),
          c.consensus(), low, high,
          c.conflicting(), c.label() + ": consensus " + unit.format(c.consensus()) + "; stated "
              + range(unit.format(low), unit.format(high)) + " by " + articles(c.articles()) + " in "
              + (c.figures() == 1 ? "1 figure; " : c.figures() + " figures; ") + status(c)));
    }
    return bars;
  }

  /**
   * Trade by country pair and year: a heatmap of the consensus of exports, imports, total trade and balance claims,
   * one row per pair and metric (the busiest {@value RankedBars#MAX_ROWS}), one column per year (the latest
   * {@value #MAX_YEARS}); a cell whose articles disagree is marked ≠.
   */
  static ChartPage tradeByPairAndYear(List<ChartClaim> claims) {
    Map<String, Map<Integer, ChartClaim>> rows = new TreeMap<>();
    int unplaced = 0;
    for (ChartClaim c : claims) {
      if (!c.kind().equals("money") || !TRADE_ROWS.containsKey(c.metric()) || c.consensus() == null) {
        continue;
      }
      if (c.subject().isEmpty() || c.counterpart().isEmpty() || c.year() == null || !c.product().isEmpty()) {
        unplaced++;
        continue;
      }
      String row = String.format(TRADE_ROWS.get(c.metric()), c.subject(), c.counterpart());
      rows.computeIfAbsent(row, r -> new TreeMap<>()).put(c.year(), c);
    }
    Map<String, Integer> articles = new HashMap<>();
    rows.forEach((row, cells) -> articles.put(row, cells.values().stream().mapToInt(ChartClaim::articles).sum()));
    List<String> ranked = rows.keySet().stream()
        .sorted(Comparator.comparing((String r) -> articles.get(r), Comparator.reverseOrder())
            .thenComparing(r -> -rows.get(r).values().stream().mapToDouble(ChartClaim::consensus).max().orElse(0))
            .thenComparing(r -> r))
        .toList();
    List<String> shown = ranked.subList(0, Math.min(RankedBars.MAX_ROWS, ranked.size()));
    Set<Integer> allYears = new TreeSet<>();
    shown.forEach(r -> allYears.addAll(rows.get(r).keySet()));
    List<Integer> years = new ArrayList<>(allYears).subList(Math.max(0, allYears.size() - MAX_YEARS),
        allYears.size());

    List<List<Double>> z = new ArrayList<>();
    List<List<String>> text = new ArrayList<>();
    List<List<String>> hover = new ArrayList<>();
    for (String row : shown) {
      List<Double> zRow = new ArrayList<>();
      List<String> textRow = new ArrayList<>();
      List<String> hoverRow = new ArrayList<>();
      for (int year : years) {
        ChartClaim c = rows.get(row).get(year);
        zRow.add(c == null || c.consensus() <= 0 ? null : Math.log10(c.consensus()));
        textRow.add(c == null ? "" : RankedBars.usd(c.consensus()) + (c.conflicting() ? " ≠" : ""));
        hoverRow.add(c == null ? "" : HtmlText.plotly(row + ", " + year + ": consensus " + RankedBars.usd(c.consensus())
            + "; stated " + range(RankedBars.usd(c.low()), RankedBars.usd(c.high())) + " by "
            + articles(c.articles()) + "; " + status(c)));
      }
      z.add(zRow);
      text.add(textRow);
      hover.add(hoverRow);
    }
    double[] tickValues = {6, 7, 8, 9, 10, 11, 12, 13};
    PlotlyTrace heatmap = PlotlyTrace.of("heatmap", "consensus")
        .with("x", years.stream().map(String::valueOf).toList())
        .with("y", shown.stream().map(HtmlText::plotly).toList())
        .with("z", z)
        .with("text", text)
        .with("texttemplate", "%{text}")
        .with("hovertext", hover)
        .with("hoverinfo", "text")
        .with("hoverongaps", false)
        .with("colorscale", List.of(List.of(0, "#deebf7"), List.of(1, "#08519c")))
        .with("xgap", 2)
        .with("ygap", 2)
        .with("colorbar", Map.of("title", Map.of("text", "US$"), "tickvals", tickValues,
            "ticktext", List.of("$1M", "$10M", "$100M", "$1B", "$10B", "$100B", "$1T", "$10T")));
    Layout layout = Layout.builder().title("Trade by country pair and year: consensus in US dollars")
        .height(170 + HEATMAP_ROW_PIXELS * Math.max(shown.size(), 3)).autosize(true)
        .xAxis(Axis.builder().title("reference year").type(Axis.Type.CATEGORY).build())
        .yAxis(Axis.builder().type(Axis.Type.CATEGORY).autoRange(Axis.AutoRange.REVERSED).build())
        .margin(RankedBars.leftMargin(shown))
        .build();
    return new ChartPage("trade_pairs.html", "Trade by country pair and year",
        ranked.size() + " country pairs and trade measures with a claim in US dollars for a known year; each cell is"
            + " the claims’ consensus, ≠ where the articles disagree."
            + RankedBars.moreNote(ranked.size(), "by number of articles", "claims")
            + (allYears.size() > years.size() ? " The latest " + MAX_YEARS + " years of " + allYears.size() + "." : "")
            + (unplaced > 0 ? " " + unplaced + " trade claims without both countries or a year, or about one product,"
                + " are in the claims table only." : ""),
        new Figure(layout, heatmap), "");
  }

  /** "$85.5B to $118.7B", or "as $88.8B" when every article states the same. */
  private static String range(String low, String high) {
    return low.equals(high) ? "as " + low : low + " to " + high;
  }

  static String articles(int n) {
    return n == 1 ? "1 article" : n + " articles";
  }

  private static String status(ChartClaim c) {
    return switch (c.status()) {
      case "conflicting" -> "the articles disagree (see the conflicts)";
      case "consistent" -> "the articles agree";
      default -> "one article";
    };
  }
}
