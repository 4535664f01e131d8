package org.newsfigures.beam;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.incremental.ShardWork;

/**
 * What one run does, as the launcher planned it from the input folder and the previous version.
 *
 * @param root the input folder (absolute), which source_file paths are relative to
 * @param shards the work of every shard of the per-article tables
 * @param rejects the input files that are not articles, as the launcher found them, and the rejects of earlier
 *     runs it keeps (articles the core could not analyse, unchanged since)
 * @param previousVersion folder of the last published version whose rows are carried; null on a full run
 * @param droppedArticles article ids whose rows in {@code previousVersion} are not carried: replaced or removed
 */
public record PipelineInputs(
    String root,
    List<ShardWork> shards,
    List<Reject> rejects,
    String previousVersion,
    Set<String> droppedArticles) implements Serializable {

  public PipelineInputs {
    shards = List.copyOf(shards);
    rejects = List.copyOf(rejects);
    droppedArticles = Set.copyOf(droppedArticles);
  }
}
