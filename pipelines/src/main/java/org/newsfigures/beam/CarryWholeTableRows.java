package org.newsfigures.beam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * The rows of the one-file tables that a run keeps from the previous version, one block per table:
 * <ul>
 *   <li>tariffs stated without a rate, of the articles whose rows it carries ({@link CarriedRows});
 *   <li>on a re-run, the claims, conflicts and rated tariffs of every claim group no new, changed or removed article
 *       touches: their figures are those of the previous version, so reconciling them again would give these rows.
 * </ul>
 * A full run reconciles every group and carries only the kept articles' stated tariffs.
 */
public final class CarryWholeTableRows extends PTransform<PBegin, PCollection<KV<String, RowBlock>>> {
  private final PipelineInputs inputs;
  private final PCollectionView<List<String>> touchedGroups;

  public CarryWholeTableRows(PipelineInputs inputs, PCollectionView<List<String>> touchedGroups) {
    this.inputs = inputs;
    this.touchedGroups = touchedGroups;
  }

  @Override
  public PCollection<KV<String, RowBlock>> expand(PBegin begin) {
    var coder = RowBlock.keyedCoder();
    if (inputs.previousVersion() == null) {
      return begin.apply("Nothing", Create.empty(coder));
    }
    return begin
        .apply("PreviousVersion", Create.of(inputs.previousVersion()).withCoder(StringUtf8Coder.of()))
        .apply("ReadKept", ParDo.of(new ReadKeptFn(inputs.carried(), touchedGroups)).withSideInputs(touchedGroups))
        .setCoder(coder);
  }

  static final class ReadKeptFn extends DoFn<String, KV<String, RowBlock>> {
    private final CarriedRows carried;
    private final PCollectionView<List<String>> touchedGroups;

    ReadKeptFn(CarriedRows carried, PCollectionView<List<String>> touchedGroups) {
      this.carried = carried;
      this.touchedGroups = touchedGroups;
    }

    @ProcessElement
    public void process(ProcessContext context) throws IOException {
      String previousVersion = context.element();
      boolean reRun = carried.allBut();
      Set<String> touched = new HashSet<>(context.sideInput(touchedGroups));
      Map<String, String> groupOfClaim = new HashMap<>();
      List<GenericRecord> claims = new ArrayList<>();
      if (reRun) {
        ParquetFiles.forEachRow(previousVersion, Table.CLAIMS, row -> {
          String group = ClaimGroups.groupOf(row);
          groupOfClaim.put(row.get("claim_id").toString(), group);
          if (!touched.contains(group)) {
            claims.add(row);
          }
        });
      }
      List<GenericRecord> conflicts = new ArrayList<>();
      if (reRun) {
        ParquetFiles.forEachRow(previousVersion, Table.CONFLICTS, row -> {
          if (!touched.contains(groupOfClaim.get(row.get("claim_id").toString()))) {
            conflicts.add(row);
          }
        });
      }
      List<GenericRecord> tariffs = new ArrayList<>();
      ParquetFiles.forEachRow(previousVersion, Table.TARIFFS, row -> {
        boolean kept = row.get("figure_id") == null
            ? carried.carries(String.valueOf(row.get("article_id")))
            : reRun && !touched.contains(ClaimGroups.groupOfRatedTariff(row));
        if (kept) {
          tariffs.add(row);
        }
      });
      Metrics.counter("newsfigures", "rows_carried").inc(claims.size() + conflicts.size() + tariffs.size());
      emit(context, Table.CLAIMS, claims);
      emit(context, Table.CONFLICTS, conflicts);
      emit(context, Table.TARIFFS, tariffs);
    }

    private static void emit(ProcessContext context, Table table, List<GenericRecord> rows) {
      if (!rows.isEmpty()) {
        context.output(KV.of(table.tableName(), RowBlock.of(table, rows)));
      }
    }
  }
}
