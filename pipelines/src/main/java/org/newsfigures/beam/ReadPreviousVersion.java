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
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * What a run reads from the previous version for the whole tables. A re-run reconciles again every claim group its
 * new, changed or removed articles touch (the side input) and carries the rows of the others, so it reads:
 *
 * <ul>
 *   <li>{@link #REUSED_FIGURES}: the figures of the shards it reuses that are in a touched group, a block per group:
 *       the group is reconciled over all its figures, these included. The other groups' figures are never encoded.
 *   <li>{@link #KEPT_ROWS}: the claims, conflicts and rated tariffs of every untouched group (its figures are those of
 *       the previous version, so reconciling it again would give these rows), and the tariffs stated without a rate
 *       of the articles whose rows it carries ({@link CarriedRows}); a block per table.
 * </ul>
 *
 * A full run reuses no shard and reconciles every group: it keeps only the carried articles' stated tariffs.
 */
public final class ReadPreviousVersion extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<KV<String, RowBlock>> REUSED_FIGURES = new TupleTag<>() {};
  public static final TupleTag<KV<String, RowBlock>> KEPT_ROWS = new TupleTag<>() {};
  private static final String TOUCHED_GROUPS = "touchedGroups";

  private final PipelineInputs inputs;
  private final PCollectionView<List<String>> touchedGroups;

  public ReadPreviousVersion(PipelineInputs inputs, PCollectionView<List<String>> touchedGroups) {
    this.inputs = inputs;
    this.touchedGroups = touchedGroups;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    var coder = RowBlock.keyedCoder();
    List<String> reusedFigures = inputs.shards().stream().filter(ShardWork::reuse)
        .map(work -> ParquetFiles.shardFile(inputs.previousVersion(), Table.FIGURES, work.shard()).toString())
        .toList();
    PCollection<KV<String, RowBlock>> figures = begin
        .apply("ReusedShardFigures", Create.of(reusedFigures).withCoder(StringUtf8Coder.of()))
        .apply("ReadTouchedGroups", ParDo.of(new ReadTouchedFiguresFn()).withSideInput(TOUCHED_GROUPS, touchedGroups))
        .setCoder(coder);
    PCollection<KV<String, RowBlock>> kept = inputs.previousVersion() == null
        ? begin.apply("Nothing", Create.empty(coder))
        : begin
            .apply("PreviousVersion", Create.of(inputs.previousVersion()).withCoder(StringUtf8Coder.of()))
            .apply("ReadKept", ParDo.of(new ReadKeptFn(inputs.carried())).withSideInput(TOUCHED_GROUPS, touchedGroups))
            .setCoder(coder);
    return PCollectionTuple.of(REUSED_FIGURES, figures).and(KEPT_ROWS, kept);
  }

  /** Reads one figures file; outputs its figures of each touched group as a block. */
  static final class ReadTouchedFiguresFn extends DoFn<String, KV<String, RowBlock>> {
    @ProcessElement
    public void process(@Element String figuresFile, @SideInput(TOUCHED_GROUPS) List<String> touchedGroups,
        OutputReceiver<KV<String, RowBlock>> out) throws IOException {
      Set<String> touched = new HashSet<>(touchedGroups);
      List<GenericRecord> rows = new ArrayList<>();
      ParquetFiles.forEachRow(FileSystems.matchNewResource(figuresFile, false), rows::add);
      ClaimGroups.of(rows).forEach((group, groupRows) -> {
        if (touched.contains(group)) {
          out.output(KV.of(group, RowBlock.of(Table.FIGURES, groupRows)));
        }
      });
    }
  }

  /** Reads the claims, conflicts and tariffs tables of the previous version; outputs the rows kept, a block a table. */
  static final class ReadKeptFn extends DoFn<String, KV<String, RowBlock>> {
    private final CarriedRows carried;

    ReadKeptFn(CarriedRows carried) {
      this.carried = carried;
    }

    @ProcessElement
    public void process(@Element String previousVersion, @SideInput(TOUCHED_GROUPS) List<String> touchedGroups,
        OutputReceiver<KV<String, RowBlock>> out) throws IOException {
      boolean reRun = carried.allBut();
      Set<String> touched = new HashSet<>(touchedGroups);
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
      emit(out, Table.CLAIMS, claims);
      emit(out, Table.CONFLICTS, conflicts);
      emit(out, Table.TARIFFS, tariffs);
    }

    private static void emit(OutputReceiver<KV<String, RowBlock>> out, Table table, List<GenericRecord> rows) {
      if (!rows.isEmpty()) {
        out.output(KV.of(table.tableName(), RowBlock.of(table, rows)));
      }
    }
  }
}
