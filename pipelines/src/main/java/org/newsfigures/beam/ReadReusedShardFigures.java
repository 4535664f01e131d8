package org.newsfigures.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * The figures of the shards a re-run reuses, by claim group, read from the previous version: a group another shard
 * touches is reconciled again over all its figures, these included. Nothing on a full run, which reuses no shard.
 */
public final class ReadReusedShardFigures extends PTransform<PBegin, PCollection<KV<String, RowBlock>>> {
  private final PipelineInputs inputs;

  public ReadReusedShardFigures(PipelineInputs inputs) {
    this.inputs = inputs;
  }

  @Override
  public PCollection<KV<String, RowBlock>> expand(PBegin begin) {
    List<Integer> reused = inputs.shards().stream().filter(ShardWork::reuse).map(ShardWork::shard).toList();
    return begin
        .apply("ReusedShards", Create.of(reused).withCoder(VarIntCoder.of()))
        .apply("ReadFigures", ParDo.of(new ReadFiguresFn(inputs.previousVersion())))
        .setCoder(RowBlock.keyedCoder());
  }

  static final class ReadFiguresFn extends DoFn<Integer, KV<String, RowBlock>> {
    private final String previousVersion;

    ReadFiguresFn(String previousVersion) {
      this.previousVersion = previousVersion;
    }

    @ProcessElement
    public void process(@Element Integer shard, OutputReceiver<KV<String, RowBlock>> out) throws IOException {
      List<GenericRecord> rows = new ArrayList<>();
      ParquetFiles.forEachRow(ParquetFiles.shardFile(previousVersion, Table.FIGURES, shard), rows::add);
      ClaimGroups.of(rows).forEach((group, groupRows) -> out.output(KV.of(group, RowBlock.of(Table.FIGURES, groupRows))));
    }
  }
}
