package org.newsfigures.core.charts;

import java.util.function.IntFunction;

/**
 * Escaping for article-derived text (titles, sentences, file names) on its way into a chart page, so that an
 * article holding {@code <script>} or {@code "><img onerror=…>} is shown as text, never run.
 */
public final class HtmlText {
  private HtmlText() {}

  /** Text for an HTML element's content or a quoted attribute value. */
  public static String html(String text) {
    return escape(text, HtmlText::markup);
  }

  /**
   * Text for a plotly label, hover text or category that Tablesaw writes, unescaped, between double quotes in a
   * script. HTML-escaped (plotly turns entities back into characters as SVG text, and cannot mistake them for its
   * tags), with quotes and backslashes as numeric entities and line breaks as spaces, so the JavaScript string
   * cannot end early and {@code </script>} cannot appear.
   */
  public static String plotly(String text) {
    return escape(text, c -> switch (c) {
      case '"' -> "&#34;";
      case '\\' -> "&#92;";
      case '\u2028', '\u2029' -> " ";
      default -> Character.isISOControl(c) ? " " : markup(c);
    });
  }

  /** The entity HTML needs for a markup character; null for any other character, which stands as it is. */
  private static String markup(int c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }

  private static String escape(String text, IntFunction<String> replacement) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      String replaced = replacement.apply(c);
      if (replaced == null) {
        out.appendCodePoint(c);
      } else {
        out.append(replaced);
      }
    });
    return out.toString();
  }
}
