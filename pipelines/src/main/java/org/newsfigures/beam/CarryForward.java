package org.newsfigures.beam;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.util.Set;
import org.apache.avro.generic.GenericData;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.newsfigures.io.ChannelInputFile;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.newsfigures.io.Table;

/**
 * The rows of one per-article table that a re-run keeps from the previous version: those of articles whose file is
 * unchanged (or, for rejects, of unchanged files). On a full run there is no previous version and nothing is carried.
 */
public final class CarryForward extends PTransform<PBegin, PCollection<GenericRecord>> {
  private final Table table;
  private final PipelineInputs inputs;

  public CarryForward(Table table, PipelineInputs inputs) {
    this.table = table;
    this.inputs = inputs;
  }

  @Override
  public PCollection<GenericRecord> expand(PBegin begin) {
    Schema schema = table.schema();
    if (inputs.previousVersion() == null) {
      return begin.apply("Nothing", Create.empty(AvroCoder.of(schema)));
    }
    String files = inputs.previousVersion() + "/" + table.tableName() + "/*.parquet";
    boolean byFile = table == Table.REJECTS;
    Set<String> keep = byFile ? inputs.carriedFiles() : inputs.carriedArticles();
    String column = byFile ? "source_file" : "article_id";
    Counter carried = Metrics.counter("newsfigures", "carried_" + table.tableName());
    return begin
        .apply("MatchPrevious", FileIO.match().filepattern(files).withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
        .apply("OpenPrevious", FileIO.readMatches())
        .apply("ReadPrevious", ParDo.of(new ReadRowsFn()))
        .setCoder(AvroCoder.of(schema))
        .apply("KeepUnchanged", Filter.by(row -> {
          // Tariffs with a rate come from reconciliation, which is redone over all figures.
          boolean perArticle = table != Table.TARIFFS || row.get("figure_id") == null;
          boolean kept = perArticle && keep.contains(String.valueOf(row.get(column)));
          if (kept) {
            carried.inc();
          }
          return kept;
        }))
        .setCoder(AvroCoder.of(schema));
  }

  /**
   * Every row of one Parquet file, in the schema it was written with: the same table schema, since a schema change
   * changes the code fingerprint and forces a full rebuild. A plain DoFn rather than ParquetIO.read, whose
   * splittable reader costs the Direct Runner seconds per file; these files are read whole.
   */
  static final class ReadRowsFn extends DoFn<FileIO.ReadableFile, GenericRecord> {
    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, OutputReceiver<GenericRecord> out) throws IOException {
      try (SeekableByteChannel channel = file.openSeekable();
          ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(channel))
              .withDataModel(GenericData.get())
              .build()) {
        for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
          out.output(row);
        }
      }
    }
  }
}
