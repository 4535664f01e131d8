package org.newsfigures.core.charts;

import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * One chart: its file name under charts/, a title, the one-line caption the dashboard shows, and the plotly figure.
 * Title and caption are plain text; they are escaped where they are written.
 */
public record ChartPage(String fileName, String title, String caption, Figure figure) {
  /** A page of its own, loading plotly.js from the file beside it, so it works offline. */
  public String html() {
    return Page.pageBuilder(figure, "chart").plotlyJsLocation(PlotlyScript.FILE_NAME).build().asJavascript();
  }
}
