package org.newsfigures.core.charts;

import tech.tablesaw.plotly.components.Figure;

/**
 * One chart: its file name under charts/, a title, the caption the dashboard and its page show above it (which
 * says what a bar is and what was left out), the plotly figure, and HTML shown below it ("" for none, else markup
 * whose article text is already escaped). Title and caption are plain text; they are escaped where they are
 * written.
 */
public record ChartPage(String fileName, String title, String caption, Figure figure, String details) {
  /** Styles of the dashboard and of a chart's own page. */
  static final String STYLE = "<style>body{font-family:sans-serif;margin:24px;max-width:1300px}"
      + ".numbers{display:flex;gap:32px}.numbers div{font-size:14px}.numbers b{display:block;font-size:32px}"
      + "section{margin-top:28px}p.caption{margin:4px 0;color:#444}"
      + "table{border-collapse:collapse;font-size:14px}td,th{border-bottom:1px solid #ddd;padding:4px 8px;"
      + "text-align:left;vertical-align:top}</style>\n";

  /** A page of its own, loading plotly.js from the file beside it, so it works offline. */
  public String html() {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n<title>" + HtmlText.html(title)
        + "</title>\n<script src=\"" + PlotlyScript.FILE_NAME + "\"></script>\n" + STYLE + "</head>\n<body>\n"
        + section("chart", false) + "</body>\n</html>\n";
  }

  /** The chart as a section: title, caption (with a link to its own page on the dashboard), plot, details. */
  String section(String div, boolean linkOwnPage) {
    return "<section>\n<h2>" + HtmlText.html(title) + "</h2>\n<p class=\"caption\">" + HtmlText.html(caption)
        + (linkOwnPage ? " <a href=\"" + HtmlText.html(fileName) + "\">own page</a>" : "") + "</p>\n"
        + figure.divString(div) + figure.asJavascript(div) + details + "</section>\n";
  }
}
