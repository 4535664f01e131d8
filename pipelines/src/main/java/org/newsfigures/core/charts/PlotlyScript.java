package org.newsfigures.core.charts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * plotly.js from its WebJar. Written once as charts/plotly-&lt;version&gt;.js beside the pages, which load it from
 * there: no CDN, so the charts work offline, and one 10 MB copy instead of one per page. Pinned to 2.x, whose
 * layouts still take the string titles Tablesaw writes.
 */
public final class PlotlyScript {
  public static final String VERSION = "2.35.3";
  public static final String FILE_NAME = "plotly-" + VERSION + ".js";
  private static final String RESOURCE = "/META-INF/resources/webjars/plotly.js-dist/" + VERSION + "/plotly.js";

  private PlotlyScript() {}

  public static byte[] bytes() {
    try (InputStream in = PlotlyScript.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("plotly.js missing from the classpath: " + RESOURCE);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
