package org.newsfigures.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;

/**
 * Writes the tables that are not split by article (rejects, claims, conflicts, tariffs), each as one sorted file
 * {@code <table>/part-00000.parquet}, from blocks of rows keyed by table name. Every one of them gets its file,
 * even with no rows, so {@code read_parquet('<table>/*.parquet')} always works. Outputs table name → file.
 */
public final class WriteWholeTables
    extends PTransform<PCollection<KV<String, RowBlock>>, PCollection<KV<String, String>>> {
  /** The tables not split by article, but runs, which the launcher writes. */
  static final List<Table> TABLES =
      Stream.of(Table.values()).filter(t -> !t.rangeSharded() && t != Table.RUNS).toList();
  private final String outputDir;

  public WriteWholeTables(String outputDir) {
    this.outputDir = outputDir;
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, RowBlock>> blocks) {
    List<KV<String, RowBlock>> empty = TABLES.stream()
        .map(t -> KV.of(t.tableName(), RowBlock.of(t, List.of()))).toList();
    PCollection<KV<String, RowBlock>> emptyBlocks = blocks.getPipeline()
        .apply("EveryTable", Create.of(empty).withCoder(blocks.getCoder()));
    return PCollectionList.of(blocks).and(emptyBlocks)
        .apply("AllBlocks", Flatten.pCollections())
        .apply("GroupByTable", GroupByKey.create())
        .apply("SortAndWrite", ParDo.of(new WriteFileFn(outputDir)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
  }

  static final class WriteFileFn extends DoFn<KV<String, Iterable<RowBlock>>, KV<String, String>> {
    private final String outputDir;

    WriteFileFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<RowBlock>> blocks, OutputReceiver<KV<String, String>> out)
        throws IOException {
      Table table = Table.valueOf(blocks.getKey().toUpperCase(java.util.Locale.ROOT));
      org.apache.avro.Schema schema = table.schema();
      List<GenericRecord> rows = new ArrayList<>();
      blocks.getValue().forEach(block -> rows.addAll(block.rows(schema)));
      ResourceId file = ParquetFiles.shardFile(outputDir, table, 0);
      ParquetFiles.write(table, file, new SortedRows(table).sorted(rows));
      out.output(KV.of(table.tableName(), file.toString()));
    }
  }
}
