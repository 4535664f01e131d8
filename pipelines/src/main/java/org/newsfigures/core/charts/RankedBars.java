package org.newsfigures.core.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.TickSettings;

/**
 * A ranked chart of at most {@value #MAX_ROWS} horizontal bars, one per row, top row first: the bar is the value
 * (a claim's consensus, a tariff's latest rate), a black whisker the range the articles state, red when they
 * disagree. Each row is {@value #ROW_PIXELS} px high, so its label never overlaps the next; values spanning more
 * than {@value #LOG_SPAN}× go on a log axis, so no single value flattens the rest.
 */
final class RankedBars {
  /** Rows a chart shows at most: the page stays short and light; the tables have every row. */
  static final int MAX_ROWS = 25;
  static final int ROW_PIXELS = 26;
  static final double LOG_SPAN = 30;
  /** Width of the labels at most: a label is cut to {@value #MAX_LABEL_CHARS} characters to fit. */
  static final int MAX_LABEL_PIXELS = 560;
  static final int MAX_LABEL_CHARS = 64;
  static final String CONFLICT_RED = "#d62728";
  static final String CALM_BLUE = "#1f77b4";
  private static final double BILLION = 1e9;

  /**
   * One row: its label and value as words (plain text, shown together), the value, the range stated, whether
   * sources disagree, and its hover text.
   */
  record Bar(String label, String valueText, double value, double low, double high, boolean conflict, String hover) {}

  /** How values read: money in US dollars (drawn in billions) or a rate in percent. */
  enum Unit {
    USD, PERCENT;

    String format(double value) {
      return this == PERCENT ? number(value) + "%" : usd(value);
    }
  }

  private RankedBars() {}

  /** The figure of {@code bars}, at most {@value #MAX_ROWS} of them, in the order given. */
  static Figure figure(String title, String axisTitle, Unit unit, List<Bar> bars) {
    List<Bar> shown = bars.subList(0, Math.min(MAX_ROWS, bars.size()));
    double scale = unit == Unit.USD ? BILLION : 1;
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (Bar b : shown) {
      for (double v : new double[] {b.value(), b.low(), b.high()}) {
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    // A log axis cannot draw zero or less.
    boolean log = min > 0 && max > LOG_SPAN * min;
    PlotlyTrace trace = PlotlyTrace.of("bar", "value")
        .with("orientation", "h")
        .with("y", shown.stream().map(b -> HtmlText.plotly(cut(b.label()) + " — " + b.valueText())).toList())
        .with("x", shown.stream().map(b -> b.value() / scale).toList())
        .with("marker", Map.of("color", shown.stream().map(b -> b.conflict() ? CONFLICT_RED : CALM_BLUE).toList()))
        .with("error_x", Map.of("type", "data", "symmetric", false, "color", "#222", "thickness", 1.5, "width", 5,
            "array", shown.stream().map(b -> Math.max(0, b.high() - b.value()) / scale).toList(),
            "arrayminus", shown.stream().map(b -> Math.max(0, b.value() - b.low()) / scale).toList()))
        .with("hovertext", shown.stream().map(b -> HtmlText.plotly(b.hover())).toList())
        .with("hoverinfo", "text");
    String scaleWords = log ? ", log scale" : unit == Unit.USD ? ", billions" : "";
    Axis.AxisBuilder x = Axis.builder().title(axisTitle + scaleWords)
        .type(log ? Axis.Type.LOG : Axis.Type.LINEAR);
    if (log) {
      x.tickSettings(logTicks(unit, min / scale, max / scale));
    }
    Layout layout = Layout.builder().title(title).height(150 + ROW_PIXELS * Math.max(shown.size(), 3))
        .autosize(true).showLegend(false)
        .xAxis(x.build())
        .yAxis(Axis.builder().type(Axis.Type.CATEGORY).autoRange(Axis.AutoRange.REVERSED).build())
        .margin(leftMargin(shown.stream().map(b -> cut(b.label()) + " — " + b.valueText()).toList()))
        .build();
    return new Figure(layout, trace);
  }

  /**
   * Margins leaving room on the left for the longest of these labels (Tablesaw's axes cannot ask plotly to grow
   * the margin itself): about 7 px a character at plotly's 12 px font, at most {@value #MAX_LABEL_PIXELS} px.
   */
  static Margin leftMargin(List<String> labels) {
    int longest = labels.stream().mapToInt(String::length).max().orElse(0);
    return Margin.builder().left(Math.min(MAX_LABEL_PIXELS, 20 + 7 * longest)).right(30).top(50).bottom(60).build();
  }

  /** A label cut to {@value #MAX_LABEL_CHARS} characters (before escaping, so no entity is split). */
  static String cut(String label) {
    return label.length() <= MAX_LABEL_CHARS ? label : label.substring(0, MAX_LABEL_CHARS - 1) + "…";
  }

  /** "Showing the top 25 by …; and 40 more — see the claims table." when some are left out, else "". */
  static String moreNote(int total, String order, String table) {
    return total > MAX_ROWS
        ? " Showing the top " + MAX_ROWS + " " + order + "; and " + (total - MAX_ROWS) + " more — see the " + table
            + " table."
        : "";
  }

  /**
   * Ticks of a log axis from {@code min} to {@code max} (in drawn units), labelled as the unit reads: 1, 2 and 5
   * of each decade over three decades at most, else one a decade, so the labels never crowd.
   */
  private static TickSettings logTicks(Unit unit, double min, double max) {
    int[] steps = max <= 1_000 * min ? new int[] {1, 2, 5} : new int[] {1};
    List<Double> ticks = new ArrayList<>();
    for (int decade = (int) Math.floor(Math.log10(min)); decade <= (int) Math.ceil(Math.log10(max)); decade++) {
      for (int step : steps) {
        ticks.add(Double.parseDouble(step + "e" + decade));
      }
    }
    double[] values = ticks.stream().mapToDouble(Double::doubleValue).toArray();
    String[] text = ticks.stream().map(t -> unit.format(unit == Unit.USD ? t * BILLION : t)).toArray(String[]::new);
    return TickSettings.builder().tickMode(TickSettings.TickMode.ARRAY).arrayTicks(values, text).build();
  }

  /** "$118.7B", "$250M", "$6.32T", "$500K". */
  static String usd(double usd) {
    double abs = Math.abs(usd);
    if (abs >= 1e12) {
      return "$" + number(usd / 1e12) + "T";
    }
    if (abs >= 1e9) {
      return "$" + number(usd / 1e9) + "B";
    }
    if (abs >= 1e6) {
      return "$" + number(usd / 1e6) + "M";
    }
    if (abs >= 1e3) {
      return "$" + number(usd / 1e3) + "K";
    }
    return "$" + number(usd);
  }

  /** A number with one decimal from 10 up, two from 1, three below, without trailing zeros: 118.7, 4.25, 0.305. */
  static String number(double value) {
    double abs = Math.abs(value);
    int decimals = abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
    String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
    return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
  }
}
