package org.newsfigures.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * The figures of the shards a re-run reuses, read from the previous version, of the claim groups the rebuilt shards
 * touch: such a group is reconciled again over all its figures, these included. The other groups' rows are never
 * encoded, since they are not reconciled again. Nothing on a full run, which reuses no shard.
 */
public final class ReadReusedShardFigures extends PTransform<PBegin, PCollection<KV<String, RowBlock>>> {
  private final PipelineInputs inputs;
  private final PCollectionView<List<String>> touchedGroups;

  public ReadReusedShardFigures(PipelineInputs inputs, PCollectionView<List<String>> touchedGroups) {
    this.inputs = inputs;
    this.touchedGroups = touchedGroups;
  }

  @Override
  public PCollection<KV<String, RowBlock>> expand(PBegin begin) {
    List<Integer> reused = inputs.shards().stream().filter(ShardWork::reuse).map(ShardWork::shard).toList();
    return begin
        .apply("ReusedShards", Create.of(reused).withCoder(VarIntCoder.of()))
        .apply("ReadTouchedGroups", ParDo.of(new ReadFiguresFn(inputs.previousVersion(), touchedGroups))
            .withSideInputs(touchedGroups))
        .setCoder(RowBlock.keyedCoder());
  }

  static final class ReadFiguresFn extends DoFn<Integer, KV<String, RowBlock>> {
    private final String previousVersion;
    private final PCollectionView<List<String>> touchedGroups;

    ReadFiguresFn(String previousVersion, PCollectionView<List<String>> touchedGroups) {
      this.previousVersion = previousVersion;
      this.touchedGroups = touchedGroups;
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      Set<String> touched = new HashSet<>(context.sideInput(touchedGroups));
      List<GenericRecord> rows = new ArrayList<>();
      ParquetFiles.forEachRow(ParquetFiles.shardFile(previousVersion, Table.FIGURES, context.element()), rows::add);
      ClaimGroups.of(rows).forEach((group, groupRows) -> {
        if (touched.contains(group)) {
          context.output(KV.of(group, RowBlock.of(Table.FIGURES, groupRows)));
        }
      });
    }
  }
}
