package org.newsfigures.beam;

import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsfigures.core.article.Reject;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.Table;

/**
 * The pipeline's shape: read and decode the listed files, drop duplicate contents, analyse each article (figures,
 * entities, events, quotes), add the rows a re-run carries from the previous version for unchanged articles, then
 * reconcile claims across all figures and write each table.
 *
 * <pre>
 *   files ─ ReadArticles ─┬─ texts ─ DropDuplicates ─┬─ unique ─ AnalyzeArticles ─┬─ per-article rows ─┐
 *                         │                          │                           │     + CarryForward ┴─ Write&lt;table&gt;
 *                         │                          │                           └─ figures (all) ─ ReconcileClaims ─┬─ WriteClaims
 *                         │                          │                                                              ├─ WriteConflicts
 *                         │                          │                              stated tariffs (all) ───────────┴─ WriteTariffs
 *                         └─ rejects ────────────────┴─ duplicates, failures (+ carried rejects) ──────────────────── WriteRejects
 * </pre>
 */
public final class NewsfiguresPipeline {
  private NewsfiguresPipeline() {}

  public static Pipeline create(NewsfiguresOptions options, PipelineInputs inputs) {
    Pipeline pipeline = Pipeline.create(options);
    String out = options.getTableOutput();
    int shards = options.getShards();

    PCollectionTuple read = pipeline.apply("ReadArticles", new ReadArticles(inputs, options.getMaxArticleBytes()));
    PCollectionTuple unique = read.get(ReadArticles.TEXTS).apply("DropDuplicates", new DropDuplicates());
    PCollectionTuple analyzed = unique.get(DropDuplicates.UNIQUE).apply("AnalyzeArticles", new AnalyzeArticles());

    withCarried(analyzed.get(AnalyzeArticles.ARTICLES), Table.ARTICLES, inputs)
        .apply("WriteArticles", WriteTable.of(Table.ARTICLES, out, shards));
    PCollection<GenericRecord> figures = withCarried(analyzed.get(AnalyzeArticles.FIGURES), Table.FIGURES, inputs);
    figures.apply("WriteFigures", WriteTable.of(Table.FIGURES, out, shards));
    withCarried(analyzed.get(AnalyzeArticles.ENTITIES), Table.ENTITIES, inputs)
        .apply("WriteEntities", WriteTable.of(Table.ENTITIES, out, shards));
    withCarried(analyzed.get(AnalyzeArticles.EVENTS), Table.EVENTS, inputs)
        .apply("WriteEvents", WriteTable.of(Table.EVENTS, out, shards));
    withCarried(analyzed.get(AnalyzeArticles.QUOTES), Table.QUOTES, inputs)
        .apply("WriteQuotes", WriteTable.of(Table.QUOTES, out, shards));

    PCollectionTuple reconciled = figures.apply("ReconcileClaims", new ReconcileClaims());
    reconciled.get(ReconcileClaims.CLAIMS).apply("WriteClaims", WriteTable.of(Table.CLAIMS, out, shards));
    reconciled.get(ReconcileClaims.CONFLICTS).apply("WriteConflicts", WriteTable.of(Table.CONFLICTS, out, shards));
    PCollectionList.of(reconciled.get(ReconcileClaims.TARIFFS))
        .and(withCarried(analyzed.get(AnalyzeArticles.STATED_TARIFFS), Table.TARIFFS, inputs))
        .apply("AllTariffs", Flatten.pCollections())
        .apply("WriteTariffs", WriteTable.of(Table.TARIFFS, out, shards));

    PCollection<GenericRecord> newRejects = PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(unique.get(DropDuplicates.DUPLICATES))
        .and(analyzed.get(AnalyzeArticles.FAILURES))
        .apply("AllRejects", Flatten.pCollections())
        .apply("RejectRows", toRows(Table.REJECTS))
        .setCoder(AvroCoder.of(Table.REJECTS.schema()));
    withCarried(newRejects, Table.REJECTS, inputs).apply("WriteRejects", WriteTable.of(Table.REJECTS, out, shards));
    return pipeline;
  }

  /** This run's rows of a table plus the rows carried for unchanged articles. */
  private static PCollection<GenericRecord> withCarried(
      PCollection<GenericRecord> fresh, Table table, PipelineInputs inputs) {
    String name = "Carry" + table.name().charAt(0) + table.name().substring(1).toLowerCase(java.util.Locale.ROOT);
    PCollection<GenericRecord> carried = fresh.getPipeline().apply(name, new CarryForward(table, inputs));
    return PCollectionList.of(fresh).and(carried)
        .apply("FreshAndCarried" + name.substring(5), Flatten.pCollections())
        .setCoder(AvroCoder.of(table.schema()));
  }

  private static MapElements<Reject, GenericRecord> toRows(Table table) {
    RecordRows<Reject> rows = new RecordRows<>(table, Reject.class);
    return MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(rows::toAvro);
  }
}
