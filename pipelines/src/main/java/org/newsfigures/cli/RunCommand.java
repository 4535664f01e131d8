package org.newsfigures.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsValidator;
import org.newsfigures.beam.NewsfiguresOptions;
import org.newsfigures.beam.NewsfiguresPipeline;
import org.newsfigures.beam.PipelineInputs;
import org.newsfigures.beam.WriteCharts;
import org.newsfigures.core.incremental.Shards;
import org.newsfigures.io.InputInventory;
import org.newsfigures.io.RunLock;
import org.newsfigures.io.RunManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code newsfigures run}: the command line of a run. It plans what to process ({@link RunPlanner}: only new and
 * changed articles, unless the previous output was made by other code), runs the pipeline into a new version with
 * the launcher's Direct Runner defaults ({@link DirectRunnerTuning}), and publishes it atomically into the output
 * folder under the folder's lock ({@link RunPublisher}).
 */
@Command(
    name = "run",
    description = {
      "Reads every file under --input, extracts the figures each article states, and writes the tables"
          + " (articles, figures, entities, events, quotes, rejects, claims, conflicts, tariffs, runs) as Parquet"
          + " under --output, replacing the previous run's tables only once every table is written.",
      "A re-run processes only new and changed articles (by content hash) and keeps the rows of the others;"
          + " cross-article tables are recomputed over everything. --full rebuilds everything.",
      "Options not listed here are Beam pipeline options (e.g. --runner=DirectRunner, --targetParallelism=2)"
          + " and are passed to Beam as they are."
    },
    footer = {"", "Exit status: 0 done; 1 the pipeline failed (the previous output is untouched); 2 bad usage;",
        "75 another run is writing to the output folder (try again later)."})
final class RunCommand implements Callable<Integer> {
  static final int LOCKED = 75;

  @Option(names = "--input", paramLabel = "DIR", defaultValue = "${sys:newsfigures.home:-.}/seeds/articles",
      description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--output", paramLabel = "DIR", defaultValue = "${sys:newsfigures.home:-.}/output",
      description = "Folder the tables are published to (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--full", description = "Process every article, even those unchanged since the last run.")
  boolean full;

  @Option(names = "--keep-removed",
      description = "Keep the rows of articles whose files are gone from the input, with articles.removed_at set,"
          + " instead of dropping them (give it on every run: a run without it drops them).")
  boolean keepRemoved;

  @Option(names = "--shards", paramLabel = "N",
      description = "Parquet files per per-article table, each sorted in one worker's memory (default: 4, doubled"
          + " while there are more than 4,096 articles a shard).")
  Integer shards;

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
    if (shards != null && shards < 1) {
      err.println("newsfigures: --shards must be at least 1.");
      return 2;
    }
    NewsfiguresOptions options;
    try {
      options = pipelineOptions();
    } catch (IllegalArgumentException e) {
      err.println("newsfigures: " + e.getMessage() + " (see: newsfigures run --help)");
      return 2;
    }
    Instant started = Instant.now();
    String fingerprint = CodeVersion.fingerprint();
    FileSystems.setDefaultPipelineOptions(options);
    try (RunPublisher publication =
        RunPublisher.lock(output, started, fingerprint, options.getRunner().getSimpleName())) {
      return run(options, publication, started, fingerprint, err);
    } catch (RunLock.HeldException e) {
      err.println("newsfigures: " + e.getMessage());
      return LOCKED;
    }
  }

  /** Plans the run, runs the pipeline into a new version and publishes it; under the output folder's lock. */
  private int run(NewsfiguresOptions options, RunPublisher publication, Instant started, String fingerprint,
      PrintStream err) throws IOException {
    Path root = input.toAbsolutePath().normalize();
    Optional<Path> previous = publication.currentVersion();
    Optional<RunManifest> manifest = previous.flatMap(RunManifest::readFrom);
    // Files unchanged since the last run are not read again, unless the code that decodes them changed or --full.
    InputInventory inventory = InputInventory.of(root, maxArticleBytes,
        manifest.filter(m -> !full && m.fingerprint().equals(fingerprint)).map(RunManifest::knownFiles)
            .orElse(Map.of()),
        Instant.now());
    int shardCount = shards != null ? shards : Shards.forArticles(inventory.articles().size());
    RunPlanner.Decision decision = RunPlanner.decide(
        inventory.files(), manifest, fingerprint, shardCount, full, keepRemoved);
    if (RunPlanner.nothingChanged(decision, previous, inventory)) {
      String kept = publication.unchanged(decision, inventory);
      if (!quiet) {
        err.printf("newsfigures: nothing changed since run %s; its tables stay published.%n", kept);
      }
      err.printf("newsfigures run: done in %.1f s (no change)%n",
          Duration.between(started, Instant.now()).toMillis() / 1000.0);
      return 0;
    }
    PipelineInputs inputs = RunPlanner.pipelineInputs(root, inventory, decision, shardCount,
        previous.map(Path::toString).orElse(null), manifest.map(RunManifest::shards).orElse(shardCount), started);

    options.setTableOutput(publication.staging().toString());
    options.setJobName("newsfigures-" + publication.runId().toLowerCase(Locale.ROOT));
    RunProgress progress = new RunProgress(err, quiet);
    progress.started(input, output, options.getRunner().getSimpleName(), decision.mode(), decision.plan(),
        inventory.reused());

    WriteCharts.loadChartLibrary();
    try {
      PipelineResult result = NewsfiguresPipeline.create(options, inputs).run();
      PipelineResult.State state = progress.follow(result);
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      Map<String, Long> counters = RunProgress.counters(result);
      publication.succeeded(decision, inventory, shardCount, counters);
      progress.summary(counters, output, RunPublisher.TABLES, publication.runsRecorded(), started);
      return 0;
    } catch (Exception | OutOfMemoryError e) { // the heap of the run's work is free again by now
      // The failure is recorded in the runs table; every other table stays as the last good run left it.
      String cause = publication.failed(decision, inventory, e);
      err.println("newsfigures: the run failed and the previous output is untouched: " + cause);
      err.println("newsfigures: rerun with the same command once the cause is fixed; details are in the log above.");
      return 1;
    }
  }

  private NewsfiguresOptions pipelineOptions() {
    NewsfiguresOptions options =
        PipelineOptionsFactory.fromArgs(beamArgs.toArray(String[]::new)).as(NewsfiguresOptions.class);
    options.setTableOutput(output.toString()); // replaced by the run's staging folder
    options.setMaxArticleBytes(maxArticleBytes);
    DirectRunnerTuning.apply(options, beamArgs);
    PipelineOptionsValidator.validate(NewsfiguresOptions.class, options);
    return options;
  }
}
