package org.newsfigures.core.charts;

/**
 * Escaping for article-derived text (titles, sentences, file names) on its way into a chart page, so that an
 * article holding {@code <script>} or {@code "><img onerror=…>} is shown as text, never run.
 */
public final class HtmlText {
  private HtmlText() {}

  /** Text for an HTML element's content or a quoted attribute value. */
  public static String html(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /**
   * Text for a plotly label, hover text or category that Tablesaw writes, unescaped, between double quotes in a
   * script. HTML-escaped (plotly turns entities back into characters as SVG text, and cannot mistake them for its
   * tags), with quotes and backslashes as numeric entities and line breaks as spaces, so the JavaScript string
   * cannot end early and {@code </script>} cannot appear.
   */
  public static String plotly(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        case '\\' -> out.append("&#92;");
        case '\u2028', '\u2029' -> out.append(' ');
        default -> {
          if (Character.isISOControl(c)) {
            out.append(' ');
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }
}
