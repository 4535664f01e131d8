package org.newsfigures.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.avro.generic.GenericRecord;
import org.newsfigures.beam.WriteArrow;
import org.newsfigures.beam.WriteCharts;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.IncrementalPlan;
import org.newsfigures.core.incremental.InputFile;
import org.newsfigures.io.InputInventory;
import org.newsfigures.io.OutputPublisher;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RunLock;
import org.newsfigures.io.RunManifest;
import org.newsfigures.io.RunRow;
import org.newsfigures.io.RunsLog;
import org.newsfigures.io.Table;

/**
 * Publishes one run into the output folder. It holds the folder's lock from before the run reads the previous
 * version until it is published, records the run in the runs table, and swaps the run's version in only once every
 * table is written. A failed run publishes its runs row alone, so every other table stays as the last good run left
 * it; so does a run that finds nothing to do.
 */
final class RunPublisher implements AutoCloseable {
  /** The tables a successful run publishes. */
  static final List<Table> TABLES = List.of(Table.values());
  private static final DateTimeFormatter RUN_ID_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final RunLock lock;
  private final OutputPublisher publisher;
  private final RunsLog runs = new RunsLog();
  /** The runs table so far, with a row for each run whose lock this one took over from a dead process. */
  private final List<GenericRecord> previousRuns;
  private final String runId;
  private final Instant started;
  private final String fingerprint;
  private final String runner;

  private RunPublisher(RunLock lock, Path output, List<RunLock.Holder> killed, Instant started, String fingerprint,
      String runner) throws IOException {
    this.lock = lock;
    this.publisher = new OutputPublisher(output);
    this.runId = publisher.unusedRunId(RUN_ID_TIME.format(started) + "-" + ProcessHandle.current().pid());
    this.previousRuns = runs.read(output.resolve(Table.RUNS.tableName()));
    killed.forEach(k -> previousRuns.add(runs.killedRow(k, fingerprint)));
    this.started = started;
    this.fingerprint = fingerprint;
    this.runner = runner;
  }

  /**
   * Takes the output folder's lock for a run that started at {@code started}.
   *
   * @throws RunLock.HeldException when another live run holds it
   */
  static RunPublisher lock(Path output, Instant started, String fingerprint, String runner)
      throws IOException, RunLock.HeldException {
    List<RunLock.Holder> killed = new ArrayList<>();
    RunLock lock = RunLock.acquire(output, killed::add);
    try {
      return new RunPublisher(lock, output, killed, started, fingerprint, runner);
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  String runId() {
    return runId;
  }

  /** The published version, which a run may carry rows from. */
  Optional<Path> currentVersion() {
    return publisher.currentVersion();
  }

  /** The folder the run writes its version into. */
  Path staging() {
    return publisher.stagingFor(runId);
  }

  /**
   * The pipeline wrote every table into {@link #staging}: adds the manifest the next run plans from and the runs
   * table, then publishes the version.
   */
  void succeeded(RunPlanner.Decision decision, InputInventory inventory, int shards, Map<String, Long> counters)
      throws IOException {
    Path staging = staging();
    new RunManifest(runId, fingerprint, shards, manifestInputs(inventory, staging.toString()),
        decision.plan().keptRemoved(), inventory.stats()).writeTo(staging);
    runs.write(staging, previousRuns, row("succeeded", decision, inventory, counters, null));
    publisher.publish(runId, TABLES, List.of(WriteCharts.FOLDER, WriteArrow.FOLDER));
  }

  /** How many runs the runs table holds once this one's row is in. */
  int runsRecorded() {
    return previousRuns.size() + 1;
  }

  /**
   * The pipeline failed: its version is dropped, and the failure is published in the runs table alone.
   *
   * @return the failure's cause, as the runs table gives it
   */
  String failed(RunPlanner.Decision decision, InputInventory inventory, Throwable failure) throws IOException {
    publisher.discard(runId);
    String cause = failureReason(failure, Runtime.getRuntime().maxMemory());
    runs.write(staging(), previousRuns, row("failed", decision, inventory, Map.of(), cause));
    publisher.publish(runId, List.of(Table.RUNS));
    return cause;
  }

  /**
   * Nothing to do: the published tables are the full rebuild already, so the run only adds its row to the runs
   * table, with the counts of the run that made them.
   *
   * @return the id of that run
   */
  String unchanged(RunPlanner.Decision decision, InputInventory inventory) throws IOException {
    GenericRecord last = previousRuns.stream().filter(r -> "succeeded".equals(String.valueOf(r.get("status"))))
        .reduce((first, second) -> second).orElseThrow();
    Map<String, Long> counts = Map.of("rows_rejects", ((Number) last.get("rejected")).longValue(),
        "rows_figures", ((Number) last.get("figures")).longValue(),
        "rows_conflicts", ((Number) last.get("conflicts")).longValue());
    RunPlanner.Decision unchanged = new RunPlanner.Decision(decision.plan(), true,
        "incremental: no change, tables kept from " + last.get("run_id"));
    runs.write(staging(), previousRuns, row("succeeded", unchanged, inventory, counts, null));
    publisher.publish(runId, List.of(Table.RUNS));
    return String.valueOf(last.get("run_id"));
  }

  @Override
  public void close() throws IOException {
    lock.close();
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

  /**
   * The input files as the manifest records them. A file that changed while the pipeline read it is recorded with
   * no hash, so the next run sees it as changed and reads it again.
   */
  private static List<InputFile> manifestInputs(InputInventory inventory, String version) throws IOException {
    Set<String> unsettled = ParquetFiles.records(version, Table.REJECTS, Reject.class).stream()
        .filter(r -> r.reason().equals(RejectReason.CHANGED_DURING_RUN.label()))
        .map(Reject::sourceFile).collect(Collectors.toSet());
    return inventory.files().stream()
        .map(f -> unsettled.contains(f.sourceFile()) ? new InputFile(f.sourceFile(), null) : f)
        .toList();
  }

  private RunRow row(String status, RunPlanner.Decision decision, InputInventory inventory,
      Map<String, Long> counters, String message) {
    IncrementalPlan plan = decision.plan();
    long now = System.currentTimeMillis();
    return new RunRow(runId, started.toEpochMilli(), now, status, decision.mode(), inventory.files().size(),
        plan.newFiles(), plan.changed(), plan.removed(), plan.unchanged(),
        counters.getOrDefault("rows_rejects", 0L).intValue(), counters.getOrDefault("rows_figures", 0L).intValue(),
        counters.getOrDefault("rows_conflicts", 0L).intValue(), now - started.toEpochMilli(),
        CodeVersion.get() + " " + fingerprint, runner, message);
  }
}
