package org.newsfigures.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfigures.beam.PipelineInputs;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.IncrementalPlan;
import org.newsfigures.core.incremental.InputFile;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.InputInventory;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RunManifest;
import org.newsfigures.io.Table;

/**
 * Plans a run from the input folder and the previous version: whether it may reuse the previous version's rows (and
 * why not when it may not), whether there is anything to do, and the work it hands the pipeline.
 */
final class RunPlanner {
  private RunPlanner() {}

  /**
   * @param plan what to process; its counts always compare with the previous run when there is one
   * @param incremental whether rows are carried from the previous version
   * @param mode the runs table's words for it: "incremental", or "full: " and the reason
   */
  record Decision(IncrementalPlan plan, boolean incremental, String mode) {}

  static Decision decide(List<InputFile> now, Optional<RunManifest> previous, String fingerprint, int shards,
      boolean forceFull, boolean keepRemoved) {
    if (previous.isEmpty()) {
      return new Decision(IncrementalPlan.full(now), false, "full: first run on this output");
    }
    IncrementalPlan changes =
        IncrementalPlan.between(previous.get().inputs(), previous.get().keptRemoved(), now, keepRemoved);
    String reason = forceFull ? "--full"
        : !previous.get().fingerprint().equals(fingerprint) ? "code or reference data changed since the last run"
        : previous.get().shards() != shards
            ? "the shard count changed from " + previous.get().shards() + " to " + shards
        : null;
    if (reason == null) {
      return new Decision(changes, true, "incremental");
    }
    return new Decision(changes.asFull(now), false, "full: " + reason);
  }

  /**
   * Whether there is nothing to do: an incremental run in which no file is new, changed or removed, and the same
   * files are rejects for the same reasons as in the previous version.
   */
  static boolean nothingChanged(Decision decision, Optional<Path> previous, InputInventory inventory)
      throws IOException {
    IncrementalPlan plan = decision.plan();
    if (!decision.incremental() || plan.newFiles() + plan.changed() + plan.removed() != 0) {
      return false;
    }
    // The version's rejects, less those the pipeline found, against the inventory's.
    Set<Reject> before = ParquetFiles.records(previous.orElseThrow().toString(), Table.REJECTS, Reject.class).stream()
        .filter(r -> !r.reason().equals(RejectReason.ANALYSIS_FAILED.label())).collect(Collectors.toSet());
    return before.equals(Set.copyOf(inventory.rejects()));
  }

  /**
   * The pipeline's work. An incremental run carries every previous row but those of touched contents; any run
   * carries the rows of the articles {@code --keep-removed} keeps, flagging those found gone now.
   *
   * @param previous the published version, when there is one
   * @param previousShards the shard count of that version
   * @param started when the run started: the time a removed article is flagged with
   */
  static PipelineInputs pipelineInputs(Path root, InputInventory inventory, Decision decision, int shards,
      String previous, int previousShards, Instant started) throws IOException {
    IncrementalPlan plan = decision.plan();
    List<InputFile> process = inventory.articles().stream().filter(f -> plan.process().contains(f.sourceFile()))
        .toList();
    List<Reject> rejects = new ArrayList<>(inventory.rejects());
    CarriedRows carried;
    if (decision.incremental()) {
      // An article the core failed on fails again while it is unchanged: its reject is kept, not re-earned.
      ParquetFiles.records(previous, Table.REJECTS, Reject.class).stream()
          .filter(r -> r.reason().equals(RejectReason.ANALYSIS_FAILED.label()) && plan.carried().contains(r.sourceFile()))
          .forEach(rejects::add);
      carried = CarriedRows.allBut(ids(plan.touchedContents()), shards);
    } else {
      carried = plan.keptRemoved().isEmpty() ? CarriedRows.none()
          : CarriedRows.only(ids(plan.keptRemoved().stream().map(InputFile::contentSha256).toList()), previousShards);
    }
    Map<String, Long> removedAt = ids(plan.newlyRemoved()).stream()
        .collect(Collectors.toMap(id -> id, id -> started.toEpochMilli()));
    Set<String> rewritten = new HashSet<>(plan.touchedContents());
    rewritten.addAll(plan.newlyRemoved()); // their articles rows get the flag
    return new PipelineInputs(root.toString(), ShardWork.plan(process, rewritten, shards, decision.incremental()),
        rejects, carried.carriesNothing() ? null : previous, carried, removedAt);
  }

  private static Set<String> ids(Collection<String> contents) {
    return contents.stream().map(Article::idOf).collect(Collectors.toSet());
  }
}
