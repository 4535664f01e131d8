package org.newsfigures.beam;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;

/**
 * Writes one table as sorted Parquet files {@code <output>/<table>/part-NNNNN.parquet}. Rows are grouped into
 * shards by key range and each shard is sorted before writing, so the same rows always give byte-identical files
 * whatever the runner's bundling. An empty table still gets one file (part-00000) holding its schema, so
 * {@code read_parquet('<table>/*.parquet')} works on it. Outputs the names of the files written.
 */
public final class WriteTable extends PTransform<PCollection<GenericRecord>, PCollection<String>> {
  private final Table table;
  private final String outputDir;
  private final int shards;

  private WriteTable(Table table, String outputDir, int shards) {
    this.table = table;
    this.outputDir = outputDir;
    this.shards = shards;
  }

  public static WriteTable of(Table table, String outputDir, int shards) {
    return new WriteTable(table, outputDir, shards);
  }

  @Override
  public PCollection<String> expand(PCollection<GenericRecord> rows) {
    SortedRows order = new SortedRows(table, shards);
    TupleTag<GenericRecord> rowsTag = new TupleTag<>() {};
    TupleTag<String> presenceTag = new TupleTag<>() {};

    PCollection<KV<Integer, GenericRecord>> keyed =
        rows.apply("KeyByShard", WithKeys.of(order::shard).withKeyType(TypeDescriptors.integers()))
            .setCoder(KvCoder.of(VarIntCoder.of(), AvroCoder.of(table.schema())));
    // Shard 0 always exists, so an empty table is still written as one empty file.
    PCollection<KV<Integer, String>> shardZero =
        rows.getPipeline().apply("ShardZero", Create.of(KV.of(0, ""))
            .withCoder(KvCoder.of(VarIntCoder.of(), StringUtf8Coder.of())));

    return KeyedPCollectionTuple.of(rowsTag, keyed)
        .and(presenceTag, shardZero)
        .apply("GroupByShard", CoGroupByKey.create())
        .apply("SortAndWrite", ParDo.of(new WriteShardFn(table, outputDir, order, rowsTag)));
  }

  private static final class WriteShardFn extends DoFn<KV<Integer, CoGbkResult>, String> {
    private final String schemaJson;
    private final String tableName;
    private final String outputDir;
    private final SortedRows order;
    private final TupleTag<GenericRecord> rowsTag;
    private final Counter rowsWritten;

    WriteShardFn(Table table, String outputDir, SortedRows order, TupleTag<GenericRecord> rowsTag) {
      this.schemaJson = table.schema().toString();
      this.tableName = table.tableName();
      this.outputDir = outputDir;
      this.order = order;
      this.rowsTag = rowsTag;
      this.rowsWritten = Metrics.counter("newsfigures", "rows_" + tableName);
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> shard, OutputReceiver<String> out) throws IOException {
      List<GenericRecord> rows = new ArrayList<>();
      shard.getValue().getAll(rowsTag).forEach(rows::add);
      rows.sort(Comparator.comparing(order::sortKey));

      ResourceId file =
          FileSystems.matchNewResource(outputDir, true)
              .resolve(tableName, StandardResolveOptions.RESOLVE_DIRECTORY)
              .resolve(SortedRows.fileName(shard.getKey()), StandardResolveOptions.RESOLVE_FILE);
      // Three-level lists: the layout pandas, Polars, DuckDB and Spark all read as lists.
      ParquetIO.Sink sink = ParquetIO.sink(new Schema.Parser().parse(schemaJson))
          .withConfiguration(Map.of("parquet.avro.write-old-list-structure", "false"));
      try (WritableByteChannel channel = FileSystems.create(file, "application/octet-stream")) {
        sink.open(channel);
        for (GenericRecord row : rows) {
          sink.write(row);
        }
        sink.flush();
      }
      rowsWritten.inc(rows.size());
      out.output(file.toString());
    }
  }
}
