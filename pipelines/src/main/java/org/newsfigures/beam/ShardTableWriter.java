package org.newsfigures.beam;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;

/**
 * The table-writing step of a shard: one sorted Parquet file per per-article table, written from the shard's rows in
 * the worker's memory; or, for a shard nothing touched, the previous version's files reused as they are.
 *
 * @param outputDir the version being written
 * @param previousVersion the version files are reused from; null when none
 */
record ShardTableWriter(String outputDir, String previousVersion) implements Serializable {
  private static final Counter SHARDS_REUSED = Metrics.counter("newsfigures", "shards_reused");

  /** Writes the shard's file of each table; gives each table's name and file to {@code written}. */
  void write(int shard, Map<Table, List<GenericRecord>> rows, BiConsumer<String, String> written) throws IOException {
    for (Table table : ArticleTables.PER_ARTICLE) {
      ResourceId file = ParquetFiles.shardFile(outputDir, table, shard);
      ParquetFiles.write(table, file, new SortedRows(table).sorted(rows.get(table)));
      written.accept(table.tableName(), file.toString());
    }
  }

  /** Reuses the previous version's files of the shard; gives each table's name and file to {@code written}. */
  void reuse(int shard, BiConsumer<String, String> written) throws IOException {
    for (Table table : ArticleTables.PER_ARTICLE) {
      ResourceId file = ParquetFiles.shardFile(outputDir, table, shard);
      ParquetFiles.reuse(ParquetFiles.shardFile(previousVersion, table, shard), file);
      written.accept(table.tableName(), file.toString());
    }
    SHARDS_REUSED.inc();
  }
}
