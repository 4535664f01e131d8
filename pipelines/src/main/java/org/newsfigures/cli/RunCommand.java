package org.newsfigures.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsValidator;
import org.newsfigures.beam.NewsfiguresOptions;
import org.newsfigures.beam.NewsfiguresPipeline;
import org.newsfigures.beam.WriteArrow;
import org.newsfigures.beam.WriteCharts;
import org.newsfigures.io.OutputPublisher;
import org.newsfigures.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/** {@code newsfigures run}: the pipeline over a folder of articles, published atomically into the output folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reads every file under --input, extracts the figures each article states, and writes the tables"
          + " (articles, figures, rejects) as Parquet under --output, replacing the previous run's tables only"
          + " once every table is written.",
      "Options not listed here are Beam pipeline options (e.g. --runner=DirectRunner, --targetParallelism=2)"
          + " and are passed to Beam as they are."
    },
    footer = {"", "Exit status: 0 done; 1 the pipeline failed (the previous output is untouched); 2 bad usage."})
final class RunCommand implements Callable<Integer> {
  private static final List<Table> TABLES = List.of(Table.values());

  @Option(names = "--input", paramLabel = "DIR", defaultValue = "${sys:newsfigures.home:-.}/seeds/articles",
      description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "${sys:newsfigures.home:-.}/output",
      description = "Folder the tables are published to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "4",
      description = "Parquet files per large table; raise it for millions of articles (default: ${DEFAULT-VALUE}).")
  int shards;

  @Option(names = "--max-article-bytes", paramLabel = "BYTES", defaultValue = "5000000",
      description = "Larger files are rejected as too_large (default: ${DEFAULT-VALUE}).")
  long maxArticleBytes;

  @Option(names = "--quiet", description = "No progress lines, only the summary.")
  boolean quiet;

  @Unmatched List<String> beamArgs = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintStream err = System.err;
    if (!Files.isDirectory(input)) {
      err.println("newsfigures: input folder '" + input + "' does not exist; pass --input DIR with your articles.");
      return 2;
    }
    if (shards < 1) {
      err.println("newsfigures: --shards must be at least 1.");
      return 2;
    }
    Instant started = Instant.now();
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + ProcessHandle.current().pid();
    OutputPublisher publisher = new OutputPublisher(output);
    Path staging;
    try {
      staging = publisher.stagingFor(runId);
    } catch (RuntimeException e) {
      err.println("newsfigures: " + e.getMessage());
      return 2;
    }

    NewsfiguresOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).as(NewsfiguresOptions.class);
      options.setInput(input.toAbsolutePath().normalize().toString());
      options.setTableOutput(staging.toString());
      options.setShards(shards);
      options.setMaxArticleBytes(maxArticleBytes);
      options.setJobName("newsfigures-" + runId.toLowerCase());
      DirectOptions direct = options.as(DirectOptions.class);
      // Return from run() at once on the Direct Runner, so progress can be reported while it works.
      direct.setBlockOnRun(false);
      // The Direct Runner's immutability and encodability checks are test aids that cost ~40% of a run
      // (1,000 articles: 20.3 s with, 12.6 s without); the tests turn them on, users may too.
      if (!mentions("--enforceImmutability")) {
        direct.setEnforceImmutability(false);
      }
      if (!mentions("--enforceEncodability")) {
        direct.setEnforceEncodability(false);
      }
      PipelineOptionsValidator.validate(NewsfiguresOptions.class, options);
    } catch (IllegalArgumentException e) {
      publisher.discard(runId);
      err.println("newsfigures: " + e.getMessage() + " (see: newsfigures run --help)");
      return 2;
    }

    RunProgress progress = new RunProgress(err, quiet);
    progress.started(input, output, options.getRunner().getSimpleName());
    try {
      Pipeline pipeline = NewsfiguresPipeline.create(options);
      PipelineResult result = pipeline.run();
      PipelineResult.State state = progress.follow(result);
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      publisher.publish(runId, TABLES, List.of(WriteCharts.FOLDER, WriteArrow.FOLDER));
      progress.summary(result, output, TABLES, Duration.between(started, Instant.now()));
      return 0;
    } catch (Exception e) {
      publisher.discard(runId);
      err.println("newsfigures: the run failed and the previous output is untouched: " + rootCause(e));
      err.println("newsfigures: rerun with the same command once the cause is fixed; details are in the log above.");
      return 1;
    }
  }

  private boolean mentions(String option) {
    return beamArgs.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
  }

  private static String rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
