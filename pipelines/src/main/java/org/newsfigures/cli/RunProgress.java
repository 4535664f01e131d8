package org.newsfigures.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.newsfigures.core.incremental.IncrementalPlan;
import org.newsfigures.io.Table;

/** Progress lines while the pipeline runs and the one-screen summary after, on stderr, from Beam's counters. */
final class RunProgress {
  private static final long POLL_MILLIS = 2_000;
  private final PrintStream err;
  private final boolean quiet;

  RunProgress(PrintStream err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** @param notReread input files whose hash came from the last run, their stat unchanged */
  void started(Path input, Path output, String runner, String mode, IncrementalPlan plan, int notReread) {
    if (!quiet) {
      err.printf("newsfigures: reading %s on %s; tables go to %s%n", input, runner, output);
      err.printf("newsfigures: %s: %,d to process (%,d new, %,d changed, %,d removed, %,d unchanged;"
          + " %,d files not read again, unchanged since the last run)%n", mode, plan.process().size(),
          plan.newFiles(), plan.changed(), plan.removed(), plan.unchanged(), notReread);
    }
  }

  /** Waits for the pipeline, printing the counters whenever they move. */
  PipelineResult.State follow(PipelineResult result) {
    String last = "";
    while (true) {
      PipelineResult.State state = result.waitUntilFinish(org.joda.time.Duration.millis(POLL_MILLIS));
      if (state != null && state.isTerminal()) {
        return state;
      }
      Map<String, Long> counters = counters(result);
      String line = String.format("files read %,d · articles %,d · figures %,d · rejected %,d",
          counters.getOrDefault("files_read", 0L), counters.getOrDefault("articles", 0L),
          counters.getOrDefault("figures", 0L), counters.getOrDefault("files_rejected", 0L));
      if (!quiet && !line.equals(last)) {
        err.println("newsfigures: " + line);
        last = line;
      }
    }
  }

  void summary(Map<String, Long> c, Path output, List<Table> tables, int runs, Instant started) throws IOException {
    Duration elapsed = Duration.between(started, Instant.now());
    long rejected = c.getOrDefault("rows_rejects", 0L);
    err.println();
    err.printf("newsfigures run: done in %.1f s%n", elapsed.toMillis() / 1000.0);
    err.printf("  files read   %,d%n", c.getOrDefault("files_read", 0L));
    err.printf("  articles     %,d%n", c.getOrDefault("rows_articles", 0L));
    err.printf("  rejects      %,d%s%n", rejected, rejected > 0 ? "   (see " + output.resolve("rejects") + ")" : "");
    StringBuilder kinds = new StringBuilder();
    c.forEach((name, value) -> {
      if (name.startsWith("figures_")) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(name.substring(8)).append(' ').append(value);
      }
    });
    err.printf("  figures      %,d%s%n", c.getOrDefault("rows_figures", 0L), kinds.length() > 0 ? "   (extracted this run: " + kinds + ")" : "");
    err.println("  tables:");
    for (Table table : tables) {
      Path dir = output.resolve(table.tableName());
      long files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.filter(p -> p.toString().endsWith(".parquet")).count();
      }
      long rows = table == Table.RUNS ? runs : c.getOrDefault("rows_" + table.tableName(), 0L);
      err.printf("    %-10s %,9d rows  %s/*.parquet (%d file%s)%n", table.tableName(), rows, dir, files,
          files == 1 ? "" : "s");
    }
  }

  /** Attempted values: committed metrics are not supported by every runner. */
  static Map<String, Long> counters(PipelineResult result) {
    MetricQueryResults metrics = result.metrics().queryMetrics(
        MetricsFilter.builder().addNameFilter(MetricNameFilter.inNamespace("newsfigures")).build());
    Map<String, Long> out = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      out.merge(counter.getName().getName(), counter.getAttempted(), Long::sum);
    }
    return out;
  }
}
