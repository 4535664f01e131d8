package org.newsfigures.beam;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsfigures.core.reconcile.Claim;
import org.newsfigures.core.reconcile.ClaimFigure;
import org.newsfigures.core.reconcile.ClaimReconciler;
import org.newsfigures.core.reconcile.Conflict;
import org.newsfigures.core.reconcile.Reconciliation;
import org.newsfigures.core.reconcile.Tariff;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.Table;

/**
 * Brings together, across all articles, the figures that may state the same claims (same metric family and pair
 * of countries) and reconciles each group: claims, conflicts with their explanations, and tariffs with a rate.
 * It reads figures rows, so a re-run reconciles carried and new figures alike. Only one group's figures meet in
 * memory, so the stage scales with the number of groups.
 */
public final class ReconcileClaims extends PTransform<PCollection<GenericRecord>, PCollectionTuple> {
  public static final TupleTag<GenericRecord> CLAIMS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> CONFLICTS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> TARIFFS = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<GenericRecord> figures) {
    PCollectionTuple out =
        figures
            .apply("KeyByClaimGroup", ParDo.of(new KeyByGroupFn()))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(ClaimFigure.class)))
            .apply("GroupByClaim", GroupByKey.create())
            .apply("Reconcile", ParDo.of(new ReconcileFn())
                .withOutputTags(CLAIMS, TupleTagList.of(CONFLICTS).and(TARIFFS)));
    out.get(CLAIMS).setCoder(AvroCoder.of(Table.CLAIMS.schema()));
    out.get(CONFLICTS).setCoder(AvroCoder.of(Table.CONFLICTS.schema()));
    out.get(TARIFFS).setCoder(AvroCoder.of(Table.TARIFFS.schema()));
    return out;
  }

  /** A figures row as reconciliation reads it, keyed by its claim group; rows with no metric state no claim. */
  static final class KeyByGroupFn extends DoFn<GenericRecord, KV<String, ClaimFigure>> {
    @ProcessElement
    public void process(@Element GenericRecord row, OutputReceiver<KV<String, ClaimFigure>> out) {
      ClaimFigure figure = new ClaimFigure(text(row, "figure_id"), text(row, "article_id"), text(row, "source_file"),
          text(row, "sentence"), text(row, "text"), text(row, "kind"), (Double) row.get("value"),
          (Double) row.get("value_high"), text(row, "unit"), text(row, "currency"), text(row, "qualifier"),
          text(row, "direction"), (Integer) row.get("year"), (Double) row.get("value_usd"),
          (Double) row.get("value_cad"), (Integer) row.get("fx_year"), text(row, "metric"), text(row, "subject"),
          text(row, "counterpart"), text(row, "product"));
      String group = ClaimReconciler.groupKey(figure);
      if (group != null) {
        out.output(KV.of(group, figure));
      }
    }

    /** Avro strings arrive as Utf8 after a coder or a Parquet read. */
    private static String text(GenericRecord row, String column) {
      Object value = row.get(column);
      return value == null ? null : value.toString();
    }
  }

  static final class ReconcileFn extends DoFn<KV<String, Iterable<ClaimFigure>>, GenericRecord> {
    private final Counter claims = Metrics.counter("newsfigures", "claims");
    private final Counter conflicts = Metrics.counter("newsfigures", "conflicts");
    private final RecordRows<Claim> claimRows = new RecordRows<>(Table.CLAIMS, Claim.class);
    private final RecordRows<Conflict> conflictRows = new RecordRows<>(Table.CONFLICTS, Conflict.class);
    private final RecordRows<Tariff> tariffRows = new RecordRows<>(Table.TARIFFS, Tariff.class);
    private transient ClaimReconciler reconciler;

    @Setup
    public void setup() {
      reconciler = ClaimReconciler.fromReference();
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<ClaimFigure>> group, MultiOutputReceiver out) {
      List<ClaimFigure> figures = new ArrayList<>();
      group.getValue().forEach(figures::add);
      Reconciliation result = reconciler.reconcile(figures);
      claims.inc(result.claims().size());
      conflicts.inc(result.conflicts().size());
      result.claims().forEach(c -> out.get(CLAIMS).output(claimRows.toAvro(c)));
      result.conflicts().forEach(c -> out.get(CONFLICTS).output(conflictRows.toAvro(c)));
      result.tariffs().forEach(t -> out.get(TARIFFS).output(tariffRows.toAvro(t)));
    }
  }
}
