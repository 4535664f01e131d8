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
 * The pipeline's shape: read and decode files, drop duplicate contents, analyse each article (figures, entities, events, quotes), reconcile
 * claims across articles, write each table.
 *
 * <pre>
 *   files ─ ReadArticles ─┬─ texts ─ DropDuplicates ─┬─ unique ─ AnalyzeArticles ─┬─ articles ─────────── WriteArticles
 *                         │                          │                           ├─ figures ──────────── WriteFigures
 *                         │                          │                           ├─ entities, events, quotes ─ Write…
 *                         │                          │                           ├─ claim figures ─ ReconcileClaims ─┬─ WriteClaims
 *                         │                          │                           │                                   ├─ WriteConflicts
 *                         │                          │                           ├─ stated tariffs ─────────────────┴─ WriteTariffs
 *                         └─ rejects ────────────────┴─ duplicates ──────────────┴─ failures ─────────── WriteRejects
 * </pre>
 */
public final class NewsfiguresPipeline {
  private NewsfiguresPipeline() {}

  public static Pipeline create(NewsfiguresOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    String out = options.getTableOutput();
    int shards = options.getShards();

    PCollectionTuple read =
        pipeline.apply("ReadArticles", new ReadArticles(options.getInput(), options.getMaxArticleBytes()));
    PCollectionTuple unique = read.get(ReadArticles.TEXTS).apply("DropDuplicates", new DropDuplicates());
    PCollectionTuple analyzed = unique.get(DropDuplicates.UNIQUE).apply("AnalyzeArticles", new AnalyzeArticles());

    analyzed.get(AnalyzeArticles.ARTICLES).apply("WriteArticles", WriteTable.of(Table.ARTICLES, out, shards));
    analyzed.get(AnalyzeArticles.FIGURES).apply("WriteFigures", WriteTable.of(Table.FIGURES, out, shards));
    analyzed.get(AnalyzeArticles.ENTITIES).apply("WriteEntities", WriteTable.of(Table.ENTITIES, out, shards));
    analyzed.get(AnalyzeArticles.EVENTS).apply("WriteEvents", WriteTable.of(Table.EVENTS, out, shards));
    analyzed.get(AnalyzeArticles.QUOTES).apply("WriteQuotes", WriteTable.of(Table.QUOTES, out, shards));
    PCollectionTuple reconciled =
        analyzed.get(AnalyzeArticles.CLAIM_FIGURES).apply("ReconcileClaims", new ReconcileClaims());
    reconciled.get(ReconcileClaims.CLAIMS).apply("WriteClaims", WriteTable.of(Table.CLAIMS, out, shards));
    reconciled.get(ReconcileClaims.CONFLICTS).apply("WriteConflicts", WriteTable.of(Table.CONFLICTS, out, shards));
    PCollectionList.of(reconciled.get(ReconcileClaims.TARIFFS))
        .and(analyzed.get(AnalyzeArticles.STATED_TARIFFS))
        .apply("AllTariffs", Flatten.pCollections())
        .apply("WriteTariffs", WriteTable.of(Table.TARIFFS, out, shards));
    PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(unique.get(DropDuplicates.DUPLICATES))
        .and(analyzed.get(AnalyzeArticles.FAILURES))
        .apply("AllRejects", Flatten.pCollections())
        .apply("RejectRows", toRows(Table.REJECTS))
        .setCoder(AvroCoder.of(Table.REJECTS.schema()))
        .apply("WriteRejects", WriteTable.of(Table.REJECTS, out, shards));
    return pipeline;
  }

  private static MapElements<Reject, GenericRecord> toRows(Table table) {
    RecordRows<Reject> rows = new RecordRows<>(table, Reject.class);
    return MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(rows::toAvro);
  }
}
