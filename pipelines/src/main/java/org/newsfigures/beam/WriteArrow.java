package org.newsfigures.beam;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsfigures.io.ArrowTableWriter;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;

/**
 * Writes one table as a single Arrow IPC file {@code <output>/arrow/<table>.arrow}, rows in the same order as its
 * Parquet files, for zero-copy loading ({@code pd.read_feather}, Polars, R's arrow). The rows reach one worker as
 * a side input, so an empty table still gets a file; outputs the file's name.
 */
public final class WriteArrow extends PTransform<PCollection<GenericRecord>, PCollection<String>> {
  public static final String FOLDER = "arrow";
  private final Table table;
  private final String outputDir;

  private WriteArrow(Table table, String outputDir) {
    this.table = table;
    this.outputDir = outputDir;
  }

  public static WriteArrow of(Table table, String outputDir) {
    return new WriteArrow(table, outputDir);
  }

  @Override
  public PCollection<String> expand(PCollection<GenericRecord> rows) {
    PCollectionView<List<GenericRecord>> allRows = rows.apply("AllRows", View.asList());
    return rows.getPipeline()
        .apply("OneFile", Create.of(table.tableName() + ".arrow"))
        .apply("SortAndWrite", ParDo.of(new WriteFileFn(table, outputDir, allRows)).withSideInputs(allRows));
  }

  private static final class WriteFileFn extends DoFn<String, String> {
    private final String schemaJson;
    private final SortedRows order;
    private final String outputDir;
    private final PCollectionView<List<GenericRecord>> allRows;

    WriteFileFn(Table table, String outputDir, PCollectionView<List<GenericRecord>> allRows) {
      this.schemaJson = table.schema().toString();
      this.order = new SortedRows(table, 1);
      this.outputDir = outputDir;
      this.allRows = allRows;
    }

    @ProcessElement
    public void process(@Element String fileName, ProcessContext context, OutputReceiver<String> out)
        throws IOException {
      List<GenericRecord> rows = new ArrayList<>(context.sideInput(allRows));
      rows.sort(Comparator.comparing(order::sortKey)); // the Parquet order: its shards are key ranges of this sort
      ResourceId file = FileSystems.matchNewResource(outputDir, true)
          .resolve(FOLDER, StandardResolveOptions.RESOLVE_DIRECTORY)
          .resolve(fileName, StandardResolveOptions.RESOLVE_FILE);
      try (WritableByteChannel channel = FileSystems.create(file, "application/vnd.apache.arrow.file")) {
        ArrowTableWriter.write(new Schema.Parser().parse(schemaJson), rows, channel);
      }
      out.output(file.toString());
    }
  }
}
