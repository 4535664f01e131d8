package org.newsfigures.cli;

import java.util.List;
import java.util.Optional;
import org.newsfigures.core.incremental.IncrementalPlan;
import org.newsfigures.core.incremental.InputFile;
import org.newsfigures.io.RunManifest;

/** Decides whether a run may reuse the previous version's rows, and says why not when it may not. */
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
}
