package org.newsfigures.beam;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.ShardWork;

/**
 * What one run does, as the launcher planned it from the input folder and the previous version.
 *
 * @param root the input folder (absolute), which source_file paths are relative to
 * @param shards the work of every shard of the per-article tables
 * @param rejects the input files that are not articles, as the launcher found them, and the rejects of earlier
 *     runs it keeps (articles the core could not analyse, unchanged since)
 * @param previousVersion folder of the last published version whose rows are carried; null when none are
 * @param carried which articles' rows in {@code previousVersion} are carried
 * @param removedAt articles whose files this run found gone, kept by {@code --keep-removed}: when (epoch millis)
 */
public record PipelineInputs(
    String root,
    List<ShardWork> shards,
    List<Reject> rejects,
    String previousVersion,
    CarriedRows carried,
    Map<String, Long> removedAt) implements Serializable {

  public PipelineInputs {
    shards = List.copyOf(shards);
    rejects = List.copyOf(rejects);
    removedAt = Map.copyOf(removedAt);
  }

  /** Whether rows are carried from the previous version on the incremental rule (else only kept articles'). */
  public boolean incremental() {
    return carried.allBut();
  }
}
