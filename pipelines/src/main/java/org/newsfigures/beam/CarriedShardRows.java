package org.newsfigures.beam;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.Shards;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.Table;

/**
 * The carry-over step of a shard: the previous version's rows the run keeps in it. On a re-run that is all but the
 * rows of articles it replaces or drops; on a full run only those of articles kept after their files were removed.
 * The articles rows of articles found removed this run get their {@code removed_at}. Counted in
 * {@code rows_carried}.
 *
 * @param previousVersion the version rows are carried from; null when none are
 * @param carried which articles' rows are carried
 * @param removedAt articles found removed this run, kept by {@code --keep-removed}: when (epoch millis)
 */
record CarriedShardRows(String previousVersion, CarriedRows carried, Map<String, Long> removedAt)
    implements Serializable {
  private static final Counter ROWS_CARRIED = Metrics.counter("newsfigures", "rows_carried");

  /**
   * The rows carried into shard {@code shard} of {@code shards}, per table, in lists the shard's new rows are added
   * to (tariffs: an empty list, for the tariffs the shard's articles state; carried ones come from the tariffs
   * table). Adds the claim groups of the figures not carried to {@code droppedGroups}.
   */
  Map<Table, List<GenericRecord>> of(int shard, int shards, Set<String> droppedGroups) throws IOException {
    Map<Table, List<GenericRecord>> rows = new EnumMap<>(Table.class);
    rows.put(Table.TARIFFS, new ArrayList<>());
    Set<Integer> sources = previousVersion == null ? Set.of() : carried.sourceShards(shard, shards);
    for (Table table : ArticleTables.PER_ARTICLE) {
      List<GenericRecord> kept = new ArrayList<>();
      rows.put(table, kept);
      for (int source : sources) {
        ParquetFiles.forEachRow(ParquetFiles.shardFile(previousVersion, table, source), row -> {
          String articleId = row.get("article_id").toString();
          if (Shards.of(articleId, shards) != shard) {
            return;
          }
          if (carried.carries(articleId)) {
            kept.add(row);
          } else if (table == Table.FIGURES && carried.allBut()) { // a full run reconciles every group anyway
            ClaimGroups.addGroup(droppedGroups, row);
          }
        });
      }
      ROWS_CARRIED.inc(kept.size());
    }
    for (GenericRecord article : rows.get(Table.ARTICLES)) {
      Long removed = removedAt.get(article.get("article_id").toString());
      if (removed != null) {
        article.put("removed_at", removed);
      }
    }
    return rows;
  }
}
