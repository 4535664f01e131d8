package org.newsfigures.beam;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.SerializableCoder;
import java.util.List;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;

/**
 * The pipeline's shape. The launcher has sorted the input into articles and rejects and split the articles into
 * shards by id; each shard is one element, built by one worker in four steps ({@link BuildShardTables}: carry over
 * the previous version's rows, read and decode each file, analyse each article, write one Parquet file per table),
 * so the runner's cost per element is paid per shard rather than per article. Figures meet across shards only to be
 * reconciled into claims.
 *
 * <pre>
 *   shards ─ BuildShardTables ─┬─ articles, figures, entities, events, quotes: one Parquet file per shard
 *                              ├─ figures by claim group ─ KeepTouchedGroups ─┬─ ReconcileClaims ─ claims, conflicts,┐
 *   ReadPreviousVersion ─┬─────┼─ reused shards' figures of touched groups ───┘                  tariffs with a rate │
 *                        └─────┼─ claims, conflicts, rated tariffs of untouched groups; carried stated tariffs ──────┤
 *                              ├─ claim groups touched: side input of KeepTouchedGroups and ReadPreviousVersion      │
 *                              ├─ tariffs stated without a rate ─────────────────────────────────────────────────────┤
 *                              └─ files and articles set aside ─┬─ rejects ──────────────────────────────────────────┴─ WriteWholeTables
 *   launcher's rejects ─────────────────────────────────────────┘
 *
 *   every table's files ─┬─ WriteArrow  ─ arrow/&lt;table&gt;.arrow
 *                        └─ WriteCharts ─ charts/index.html, charts/*.html
 * </pre>
 */
public final class NewsfiguresPipeline {
  private NewsfiguresPipeline() {}

  public static Pipeline create(NewsfiguresOptions options, PipelineInputs inputs) {
    Pipeline pipeline = Pipeline.create(options);
    String out = options.getTableOutput();

    // The per-article tables, a shard an element: carry over, read and decode, analyse, write.
    PCollectionTuple shards = pipeline
        .apply("PlannedShards", Create.of(inputs.shards()).withCoder(SerializableCoder.of(ShardWork.class)))
        .apply("SpreadShards", Reshuffle.viaRandomKey())
        .apply("BuildShardTables", new BuildShardTables(inputs, out, options.getMaxArticleBytes()));

    // A re-run reconciles only the claim groups its new, changed and removed articles touch; it carries the rest.
    PCollectionView<List<String>> touchedGroups = shards.get(BuildShardTables.TOUCHED_GROUPS)
        .apply("DistinctTouchedGroups", Distinct.create())
        .apply("TouchedGroups", View.asList());
    PCollectionTuple previous =
        pipeline.apply("ReadPreviousVersion", new ReadPreviousVersion(inputs, touchedGroups));
    PCollection<KV<String, RowBlock>> claimRows = PCollectionList
        .of(shards.get(BuildShardTables.CLAIM_FIGURES)
            .apply("KeepTouchedGroups", new KeepTouchedGroups(touchedGroups, inputs.incremental())))
        .and(previous.get(ReadPreviousVersion.REUSED_FIGURES))
        .apply("FiguresByClaimGroup", Flatten.pCollections())
        .apply("ReconcileClaims", new ReconcileClaims());
    // Rejects: the launcher's and the files and articles the shards set aside.
    PCollection<KV<String, RowBlock>> rejects = PCollectionList
        .of(pipeline.apply("LauncherRejects", Create.of(inputs.rejects()).withCoder(SerializableCoder.of(Reject.class))))
        .and(shards.get(BuildShardTables.FAILURES))
        .apply("AllRejects", Flatten.pCollections())
        .apply("RejectRows", rejectRows())
        .setCoder(RowBlock.keyedCoder());

    // Every table written, then exported from its files.
    PCollection<KV<String, String>> wholeTables = PCollectionList.of(claimRows)
        .and(shards.get(BuildShardTables.STATED_TARIFFS))
        .and(previous.get(ReadPreviousVersion.KEPT_ROWS))
        .and(rejects)
        .apply("WholeTableRows", Flatten.pCollections())
        .apply("WriteWholeTables", new WriteWholeTables(out));
    PCollection<KV<String, String>> written = PCollectionList.of(shards.get(BuildShardTables.WRITTEN)).and(wholeTables)
        .apply("AllTableFiles", Flatten.pCollections());

    written.apply("WriteArrow", new WriteArrow(out, inputs.previousVersion()));
    written.apply("WriteCharts", new WriteCharts(out));
    return pipeline;
  }

  private static MapElements<Reject, KV<String, RowBlock>> rejectRows() {
    RecordRows<Reject> rows = new RecordRows<>(Table.REJECTS, Reject.class);
    return MapElements.into(TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptor.of(RowBlock.class)))
        .via(reject -> KV.of(Table.REJECTS.tableName(),
            RowBlock.of(Table.REJECTS, List.of(rows.toAvro(reject)))));
  }
}
