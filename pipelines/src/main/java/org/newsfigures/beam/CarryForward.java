package org.newsfigures.beam;

import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.io.parquet.ParquetIO;
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
        .apply("ReadPrevious", ParquetIO.read(schema).from(files))
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
}
