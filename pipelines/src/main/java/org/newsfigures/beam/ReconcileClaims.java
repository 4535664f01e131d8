package org.newsfigures.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.reconcile.Claim;
import org.newsfigures.core.reconcile.ClaimReconciler;
import org.newsfigures.core.reconcile.Conflict;
import org.newsfigures.core.reconcile.Reconciliation;
import org.newsfigures.core.reconcile.Tariff;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * Brings together, across all articles, the figures that may state the same claims (same metric family and pair
 * of countries) and reconciles each group: claims, conflicts with their explanations, and tariffs with a rate,
 * as blocks of rows keyed by table. It gets one block per group and shard: on a full run every group, on a re-run
 * only the groups its articles touch ({@link KeepTouchedGroups}). Only one group's figures meet in memory.
 */
public final class ReconcileClaims
    extends PTransform<PCollection<KV<String, RowBlock>>, PCollection<KV<String, RowBlock>>> {

  @Override
  public PCollection<KV<String, RowBlock>> expand(PCollection<KV<String, RowBlock>> figuresByGroup) {
    return figuresByGroup
        .apply("GroupByClaim", GroupByKey.create())
        .apply("Reconcile", ParDo.of(new ReconcileFn()))
        .setCoder(RowBlock.keyedCoder());
  }

  static final class ReconcileFn extends DoFn<KV<String, Iterable<RowBlock>>, KV<String, RowBlock>> {
    private final Counter claims = Metrics.counter("newsfigures", "claims");
    private final Counter conflicts = Metrics.counter("newsfigures", "conflicts");
    private final RecordRows<Figure> figureRows = new RecordRows<>(Table.FIGURES, Figure.class);
    private final RecordRows<Claim> claimRows = new RecordRows<>(Table.CLAIMS, Claim.class);
    private final RecordRows<Conflict> conflictRows = new RecordRows<>(Table.CONFLICTS, Conflict.class);
    private final RecordRows<Tariff> tariffRows = new RecordRows<>(Table.TARIFFS, Tariff.class);
    private transient ClaimReconciler reconciler;

    @Setup
    public void setup() {
      reconciler = ClaimReconciler.fromReference();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<RowBlock>> group, OutputReceiver<KV<String, RowBlock>> out) {
      List<Figure> figures = new ArrayList<>();
      for (RowBlock block : group.getValue()) {
        block.rows(figureRows.schema()).forEach(row -> figures.add(figureRows.fromAvro(row)));
      }
      Reconciliation result = reconciler.reconcile(figures);
      claims.inc(result.claims().size());
      conflicts.inc(result.conflicts().size());
      emit(out, Table.CLAIMS, claimRows, result.claims());
      emit(out, Table.CONFLICTS, conflictRows, result.conflicts());
      emit(out, Table.TARIFFS, tariffRows, result.tariffs());
    }

    private static <T extends Record> void emit(OutputReceiver<KV<String, RowBlock>> out, Table table,
        RecordRows<T> rows, List<T> values) {
      if (!values.isEmpty()) {
        out.output(KV.of(table.tableName(), RowBlock.of(table, values.stream().map(rows::toAvro).toList())));
      }
    }
  }
}
