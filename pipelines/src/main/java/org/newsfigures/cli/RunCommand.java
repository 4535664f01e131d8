package org.newsfigures.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.PipelineOptionsValidator;
import org.newsfigures.beam.NewsfiguresOptions;
import org.newsfigures.beam.NewsfiguresPipeline;
import org.newsfigures.beam.PipelineInputs;
import org.newsfigures.beam.WriteArrow;
import org.newsfigures.beam.WriteCharts;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.IncrementalPlan;
import org.newsfigures.core.incremental.InputFile;
import org.newsfigures.core.incremental.Shards;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.io.ParquetFiles;
import org.apache.beam.sdk.io.FileSystems;
import org.newsfigures.io.InputInventory;
import org.newsfigures.io.OutputPublisher;
import org.newsfigures.io.RunLock;
import org.newsfigures.io.RunManifest;
import org.newsfigures.io.RunRow;
import org.newsfigures.io.RunsLog;
import org.newsfigures.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code newsfigures run}: plans what to process (only new and changed articles, unless the previous output was made
 * by other code), runs the pipeline into a new version, and publishes it atomically into the output folder.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
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
  private static final List<Table> TABLES = List.of(Table.values());

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
    String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(started)
        + "-" + ProcessHandle.current().pid();
    List<RunLock.Holder> killed = new ArrayList<>();
    try (RunLock lock = RunLock.acquire(output, killed::add)) {
      return runLocked(options, runId, started, killed, err);
    } catch (RunLock.HeldException e) {
      err.println("newsfigures: " + e.getMessage());
      return LOCKED;
    }
  }

  private int runLocked(NewsfiguresOptions options, String proposedRunId, Instant started, List<RunLock.Holder> killed,
      PrintStream err) throws IOException {
    FileSystems.setDefaultPipelineOptions(options);
    OutputPublisher publisher = new OutputPublisher(output);
    String runId = publisher.unusedRunId(proposedRunId);
    RunProgress progress = new RunProgress(err, quiet);
    Path root = input.toAbsolutePath().normalize();
    String fingerprint = CodeVersion.fingerprint();
    Optional<Path> previous = publisher.currentVersion();
    Optional<RunManifest> manifest = previous.flatMap(RunManifest::readFrom);
    // Files unchanged since the last run are not read again, unless the code that decodes them changed or --full.
    InputInventory inventory = InputInventory.of(root, maxArticleBytes,
        manifest.filter(m -> !full && m.fingerprint().equals(fingerprint)).map(RunManifest::knownFiles)
            .orElse(Map.of()),
        Instant.now());
    int shardCount = shards != null ? shards : Shards.forArticles(inventory.articles().size());
    RunPlanner.Decision decision = RunPlanner.decide(
        inventory.files(), manifest, fingerprint, shardCount, full, keepRemoved);
    IncrementalPlan plan = decision.plan();
    RunsLog runs = new RunsLog();
    List<GenericRecord> previousRuns = runs.read(output.resolve(Table.RUNS.tableName()));
    killed.forEach(k -> previousRuns.add(runs.killedRow(k, fingerprint)));
    if (decision.incremental() && plan.newFiles() + plan.changed() + plan.removed() == 0
        && sameRejects(previous.orElseThrow().toString(), inventory)) {
      return recordNoChange(publisher, runs, previousRuns, runId, started, decision, inventory, options, err);
    }
    PipelineInputs inputs = inputs(root, inventory, decision, shardCount, previous.map(Path::toString).orElse(null),
        manifest.map(RunManifest::shards).orElse(shardCount), started);

    Path staging = publisher.stagingFor(runId);
    options.setTableOutput(staging.toString());
    options.setJobName("newsfigures-" + runId.toLowerCase(java.util.Locale.ROOT));
    progress.started(input, output, options.getRunner().getSimpleName(), decision.mode(), plan, inventory.reused());

    WriteCharts.loadChartLibrary();
    try {
      PipelineResult result = NewsfiguresPipeline.create(options, inputs).run();
      PipelineResult.State state = progress.follow(result);
      if (state != PipelineResult.State.DONE) {
        throw new IllegalStateException("the pipeline ended in state " + state);
      }
      Map<String, Long> counters = RunProgress.counters(result);
      new RunManifest(runId, fingerprint, shardCount, manifestInputs(inventory, staging.toString()),
          plan.keptRemoved(), inventory.stats()).writeTo(staging);
      runs.write(staging, previousRuns, row(runId, started, "succeeded", decision, inventory, counters, null, options));
      publisher.publish(runId, TABLES, List.of(WriteCharts.FOLDER, WriteArrow.FOLDER));
      progress.summary(counters, output, TABLES, previousRuns.size() + 1, started);
      return 0;
    } catch (Exception | OutOfMemoryError e) { // the heap of the run's work is free again by now
      publisher.discard(runId);
      String cause = failureReason(e, Runtime.getRuntime().maxMemory());
      // The failure is recorded in the runs table; every other table stays as the last good run left it.
      Path record = publisher.stagingFor(runId);
      runs.write(record, previousRuns, row(runId, started, "failed", decision, inventory, Map.of(), cause, options));
      publisher.publish(runId, List.of(Table.RUNS));
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
    // The Direct Runner's scheduler re-runs itself without pause on one of its targetParallelism threads whenever
    // one is free; its default of at least 3 threads on 2 cores leaves it a core to spin on while the shards are
    // analysed (38% of CPU at 10,000 articles). One thread per core keeps every thread busy with shards.
    if (!mentions("--targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
    PipelineOptionsValidator.validate(NewsfiguresOptions.class, options);
    return options;
  }

  /**
   * The pipeline's work. An incremental run carries every previous row but those of touched contents; any run
   * carries the rows of the articles {@code --keep-removed} keeps, flagging those found gone now.
   */
  private static PipelineInputs inputs(Path root, InputInventory inventory, RunPlanner.Decision decision, int shards,
      String previous, int previousShards, Instant started) throws IOException {
    IncrementalPlan plan = decision.plan();
    List<InputFile> process = inventory.articles().stream().filter(f -> plan.process().contains(f.sourceFile()))
        .toList();
    List<Reject> rejects = new ArrayList<>(inventory.rejects());
    CarriedRows carried;
    if (decision.incremental()) {
      // An article the core failed on fails again while it is unchanged: its reject is kept, not re-earned.
      rejects.addAll(previousRejects(previous, RejectReason.ANALYSIS_FAILED, plan.carried()));
      carried = CarriedRows.allBut(ids(plan.touchedContents()), shards);
    } else {
      carried = plan.keptRemoved().isEmpty() ? CarriedRows.none()
          : CarriedRows.only(ids(plan.keptRemoved().stream().map(InputFile::contentSha256).toList()), previousShards);
    }
    Map<String, Long> removedAt = ids(plan.newlyRemoved()).stream()
        .collect(Collectors.toMap(id -> id, id -> started.toEpochMilli()));
    Set<String> rewritten = new java.util.HashSet<>(plan.touchedContents());
    rewritten.addAll(plan.newlyRemoved()); // their articles rows get the flag
    return new PipelineInputs(root.toString(), ShardWork.plan(process, rewritten, shards, decision.incremental()),
        rejects, carried.carriesNothing() ? null : previous, carried, removedAt);
  }

  private static Set<String> ids(java.util.Collection<String> contents) {
    return contents.stream().map(Article::idOf).collect(Collectors.toSet());
  }

  /**
   * Nothing to do: no file is new, changed or removed, and the same files are rejects for the same reasons. The
   * published tables are the full rebuild already, so the run only adds its row to the runs table, with the counts
   * of the run that made them; a scheduler polling every few minutes costs a listing and a hash of the input.
   */
  private int recordNoChange(OutputPublisher publisher, RunsLog runs, List<GenericRecord> previousRuns, String runId,
      Instant started, RunPlanner.Decision decision, InputInventory inventory, NewsfiguresOptions options,
      PrintStream err) throws IOException {
    GenericRecord last = previousRuns.stream().filter(r -> "succeeded".equals(String.valueOf(r.get("status"))))
        .reduce((first, second) -> second).orElseThrow();
    Map<String, Long> counts = Map.of("rows_rejects", ((Number) last.get("rejected")).longValue(),
        "rows_figures", ((Number) last.get("figures")).longValue(),
        "rows_conflicts", ((Number) last.get("conflicts")).longValue());
    RunPlanner.Decision unchanged = new RunPlanner.Decision(decision.plan(), true,
        "incremental: no change, tables kept from " + last.get("run_id"));
    runs.write(publisher.stagingFor(runId), previousRuns,
        row(runId, started, "succeeded", unchanged, inventory, counts, null, options));
    publisher.publish(runId, List.of(Table.RUNS));
    if (!quiet) {
      err.printf("newsfigures: nothing changed since run %s; its tables stay published.%n", last.get("run_id"));
    }
    err.printf("newsfigures run: done in %.1f s (no change)%n",
        java.time.Duration.between(started, Instant.now()).toMillis() / 1000.0);
    return 0;
  }

  /** Whether the version's rejects (less those the pipeline found) are exactly the inventory's. */
  private static boolean sameRejects(String version, InputInventory inventory) throws IOException {
    Set<Reject> before = readRejects(version).stream()
        .filter(r -> !r.reason().equals(RejectReason.ANALYSIS_FAILED.label())).collect(Collectors.toSet());
    return before.equals(Set.copyOf(inventory.rejects()));
  }

  /**
   * The input files as the manifest records them. A file that changed while the pipeline read it is recorded with
   * no hash, so the next run sees it as changed and reads it again.
   */
  private static List<InputFile> manifestInputs(InputInventory inventory, String version) throws IOException {
    Set<String> unsettled = previousRejects(version, RejectReason.CHANGED_DURING_RUN, null).stream()
        .map(Reject::sourceFile).collect(Collectors.toSet());
    return inventory.files().stream()
        .map(f -> unsettled.contains(f.sourceFile()) ? new InputFile(f.sourceFile(), null) : f)
        .toList();
  }

  /** The rejects of a version with the given reason, of the given files (of any file when null). */
  private static List<Reject> previousRejects(String version, RejectReason reason, Set<String> files)
      throws IOException {
    return readRejects(version).stream()
        .filter(r -> r.reason().equals(reason.label()) && (files == null || files.contains(r.sourceFile())))
        .toList();
  }

  private static List<Reject> readRejects(String version) throws IOException {
    List<Reject> found = new ArrayList<>();
    ParquetFiles.forEachRow(version, Table.REJECTS, row -> {
      Object size = row.get("size_bytes");
      found.add(new Reject(row.get("source_file").toString(), row.get("reason").toString(),
          row.get("detail").toString(), size == null ? null : ((Number) size).longValue()));
    });
    return found;
  }

  private static RunRow row(String runId, Instant started, String status, RunPlanner.Decision decision,
      InputInventory inventory, Map<String, Long> counters, String message, NewsfiguresOptions options) {
    IncrementalPlan plan = decision.plan();
    long now = System.currentTimeMillis();
    return new RunRow(runId, started.toEpochMilli(), now, status, decision.mode(), inventory.files().size(),
        plan.newFiles(), plan.changed(), plan.removed(), plan.unchanged(),
        counters.getOrDefault("rows_rejects", 0L).intValue(), counters.getOrDefault("rows_figures", 0L).intValue(),
        counters.getOrDefault("rows_conflicts", 0L).intValue(), now - started.toEpochMilli(),
        CodeVersion.get() + " " + CodeVersion.fingerprint(), options.getRunner().getSimpleName(), message);
  }

  private boolean mentions(String option) {
    return beamArgs.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
  }

  /** A failure's root cause, as the runs table and the message give it; running out of heap says what to do. */
  static String failureReason(Throwable e, long maxHeapBytes) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    if (t instanceof OutOfMemoryError) {
      long mb = maxHeapBytes >> 20;
      return "the JVM ran out of memory (" + t.getMessage() + ") with a heap cap of " + mb + " MB; run again with a"
          + " larger cap, for example NEWSFIGURES_JAVA_OPTS=-Xmx" + 2 * mb + "m";
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }
}
