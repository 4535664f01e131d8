package org.newsfigures.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * The tariffs stated without a rate that a run keeps from the previous version: those of the articles whose rows
 * it carries ({@link CarriedRows}). (Tariffs with a rate come from reconciliation.) They live in the one tariffs
 * file, not in the shards, so they are carried here as one block.
 */
public final class CarryStatedTariffs extends PTransform<PBegin, PCollection<KV<String, RowBlock>>> {
  private final PipelineInputs inputs;

  public CarryStatedTariffs(PipelineInputs inputs) {
    this.inputs = inputs;
  }

  @Override
  public PCollection<KV<String, RowBlock>> expand(PBegin begin) {
    var coder = RowBlock.keyedCoder();
    if (inputs.previousVersion() == null) {
      return begin.apply("Nothing", Create.empty(coder));
    }
    return begin
        .apply("PreviousVersion", Create.of(inputs.previousVersion()))
        .apply("ReadKept", ParDo.of(new ReadKeptFn(inputs.carried())))
        .setCoder(coder);
  }

  static final class ReadKeptFn extends DoFn<String, KV<String, RowBlock>> {
    private final CarriedRows carried;

    ReadKeptFn(CarriedRows carried) {
      this.carried = carried;
    }

    @ProcessElement
    public void process(@Element String previousVersion, OutputReceiver<KV<String, RowBlock>> out)
        throws IOException {
      List<GenericRecord> kept = new ArrayList<>();
      for (ResourceId file : ParquetFiles.tableFiles(previousVersion, Table.TARIFFS)) {
        ParquetFiles.forEachRow(file, row -> {
          if (row.get("figure_id") == null && carried.carries(String.valueOf(row.get("article_id")))) {
            kept.add(row);
          }
        });
      }
      Metrics.counter("newsfigures", "rows_carried").inc(kept.size());
      out.output(KV.of(Table.TARIFFS.tableName(), RowBlock.of(Table.TARIFFS, kept)));
    }
  }
}
