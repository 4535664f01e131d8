package org.newsfigures.core.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A plotly trace given as its attributes, for what Tablesaw's traces cannot say: a heatmap's cell text, hover text
 * apart from the text shown, error bars for a range, a horizontal bar with its value beside it. Written as JSON, so
 * every string is quoted for JavaScript; article-derived strings must still go through {@link HtmlText#plotly}
 * first, since plotly reads its strings as HTML-like markup.
 */
final class PlotlyTrace implements Trace {
  /** Map entries by key: the same trace is the same bytes, whatever order a map gives its entries in. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private final Map<String, Object> attributes;

  private PlotlyTrace(Map<String, Object> attributes) {
    this.attributes = attributes;
  }

  /** A trace of this plotly type; add attributes with {@link #with}. */
  static PlotlyTrace of(String type, String name) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("type", type);
    attributes.put("name", name);
    return new PlotlyTrace(attributes);
  }

  /** This trace with one more attribute (a string, number, array, list or map of those). */
  PlotlyTrace with(String attribute, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(attributes);
    more.put(attribute, value);
    return new PlotlyTrace(more);
  }

  @Override
  public String asJavascript(int i) {
    try {
      return "var trace" + i + " = " + JSON.writeValueAsString(attributes) + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a chart attribute that is not JSON: " + attributes.keySet(), e);
    }
  }

  @Override
  public String name() {
    return (String) attributes.get("name");
  }

  @Override
  public HoverLabel hoverLabel() {
    return null;
  }

  @Override
  public boolean showLegend() {
    return true;
  }
}
