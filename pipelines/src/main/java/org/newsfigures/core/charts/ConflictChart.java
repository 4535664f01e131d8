package org.newsfigures.core.charts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsfigures.core.analysis.SourceLabel;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Where sources disagree: the conflicts counted by type and severity band, and below the chart the explanations of
 * the most severe {@value #LISTED_PER_TYPE} of each type; clicking a bar goes to its type's explanations.
 */
final class ConflictChart {
  /** Explanations listed per conflict type at most, the most severe. */
  static final int LISTED_PER_TYPE = 5;
  /** Characters of an explanation shown at most: the first disagreements it spells out. */
  static final int EXPLANATION_CHARS = 400;
  private static final double[] BAND_FLOORS = {0, 0.1, 0.5, 1};
  private static final String[] BAND_NAMES = {"gap under 10%", "gap 10–50%", "gap 50–100%", "2× apart or more"};
  private static final String[] BAND_COLORS = {"#fcbba1", "#fb6a4a", "#de2d26", "#a50f15"};
  /** Sends a click on a bar to the explanations of its type: the section's plot is the one drawn above. */
  private static final String CLICK_SCRIPT = """
      <script>
      (function () {
        var plot = document.currentScript.closest('section').querySelector('.js-plotly-plot');
        plot.on('plotly_click', function (e) { location.hash = 'conflicts-' + e.points[0].y.replace(/ /g, '_'); });
      })();
      </script>
      """;

  private ConflictChart() {}

  private record Conflict(String id, String type, double severity, String claim, String articles,
      String explanation) {}

  static ChartPage build(Table conflicts, List<ChartClaim> claims, Table articles) {
    Map<String, String> claimLabels = new HashMap<>();
    claims.forEach(c -> claimLabels.put(c.claimId(), c.label()));
    Map<String, String> sources = new HashMap<>();
    for (Row a : articles) {
      sources.put(a.getString("article_id"), SourceLabel.of(a.getString("source_file")));
    }
    Map<String, List<Conflict>> byType = new TreeMap<>();
    for (Row c : conflicts) {
      String type = c.getString("conflict_type").replace('_', ' ');
      byType.computeIfAbsent(type, t -> new ArrayList<>()).add(new Conflict(c.getString("conflict_id"), type,
          c.getDouble("severity"), claimLabels.getOrDefault(c.getString("claim_id"), "?"),
          String.join(", ", Arrays.stream(c.getString("article_ids").split("\\|"))
              .map(id -> sources.getOrDefault(id, "?")).toList()),
          c.getString("explanation")));
    }
    List<String> types = new ArrayList<>(byType.keySet());
    List<Trace> traces = new ArrayList<>();
    for (int band = 0; band < BAND_FLOORS.length; band++) {
      List<Integer> counts = new ArrayList<>();
      for (String type : types) {
        int b = band;
        counts.add((int) byType.get(type).stream().filter(c -> band(c.severity()) == b).count());
      }
      String name = BAND_NAMES[band];
      traces.add(PlotlyTrace.of("bar", name)
          .with("orientation", "h")
          .with("y", types.stream().map(HtmlText::plotly).toList())
          .with("x", counts)
          .with("marker", Map.of("color", BAND_COLORS[band]))
          .with("hovertext", types.stream().map(t -> HtmlText.plotly(t + ", " + name + ": click for the explanations"))
              .toList())
          .with("hoverinfo", "x+text"));
    }
    Layout layout = Layout.builder().title("Conflicts by type and severity")
        .height(170 + 40 * Math.max(types.size(), 2)).autosize(true).barMode(Layout.BarMode.STACK)
        .xAxis(Axis.builder().title("conflicts").build())
        .yAxis(Axis.builder().type(Axis.Type.CATEGORY).autoRange(Axis.AutoRange.REVERSED).build())
        .margin(RankedBars.leftMargin(types))
        .build();
    return new ChartPage("conflicts.html", "Where sources disagree",
        conflicts.rowCount() + " conflicts between articles, by type and by how far apart the values are (severity);"
            + " click a bar, or read on, for the explanations of the most severe " + LISTED_PER_TYPE
            + " of each type" + (conflicts.rowCount() > 0 ? "; the conflicts table has them all." : "."),
        new Figure(layout, traces.toArray(Trace[]::new)), explanations(byType) + CLICK_SCRIPT);
  }

  private static int band(double severity) {
    int band = 0;
    while (band + 1 < BAND_FLOORS.length && severity >= BAND_FLOORS[band + 1]) {
      band++;
    }
    return band;
  }

  /** Per type, a heading to link to and a table of its most severe conflicts with their explanations. */
  private static String explanations(Map<String, List<Conflict>> byType) {
    StringBuilder html = new StringBuilder();
    byType.forEach((type, all) -> {
      List<Conflict> listed = all.stream()
          .sorted(Comparator.comparing(Conflict::severity, Comparator.reverseOrder()).thenComparing(Conflict::id))
          .limit(LISTED_PER_TYPE).toList();
      html.append("<h3 id=\"conflicts-").append(HtmlText.html(type.replace(' ', '_'))).append("\">")
          .append(HtmlText.html(type)).append(": ").append(all.size()).append(all.size() == 1 ? " conflict" : " conflicts")
          .append(all.size() > listed.size() ? ", the " + listed.size() + " most severe" : "").append("</h3>\n")
          .append("<table>\n<tr><th>gap</th><th>claim</th><th>articles</th><th>explanation</th></tr>\n");
      for (Conflict c : listed) {
        html.append("<tr id=\"conflict-").append(HtmlText.html(c.id())).append("\"><td>")
            .append(gap(c.severity())).append("</td><td>").append(HtmlText.html(c.claim())).append("</td><td>")
            .append(HtmlText.html(c.articles())).append("</td><td title=\"").append(HtmlText.html(c.explanation()))
            .append("\">").append(HtmlText.html(shorten(c.explanation()))).append("</td></tr>\n");
      }
      html.append("</table>\n");
      if (all.size() > listed.size()) {
        html.append("<p class=\"caption\">And ").append(all.size() - listed.size())
            .append(" more of this type — see the conflicts table.</p>\n");
      }
    });
    return html.toString();
  }

  /** An explanation cut to {@value #EXPLANATION_CHARS} characters; the cell's tooltip and the table have it whole. */
  private static String shorten(String explanation) {
    return explanation.length() <= EXPLANATION_CHARS ? explanation
        : explanation.substring(0, EXPLANATION_CHARS - 1) + "…";
  }

  /** A relative gap as a reader says it: "+37%", or "×3.2" from twice apart. */
  private static String gap(double severity) {
    return severity < 1 ? "+" + Math.round(severity * 100) + "%" : "×" + RankedBars.number(1 + severity);
  }
}
