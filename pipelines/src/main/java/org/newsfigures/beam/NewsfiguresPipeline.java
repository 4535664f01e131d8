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
 * The pipeline's shape: read and decode files, drop duplicate contents, extract figures per article, reconcile
 * claims across articles, write each table.
 *
 * <pre>
 *   files ─ ReadArticles ─┬─ texts ─ DropDuplicates ─┬─ unique ─ ExtractFigures ─┬─ articles ─────────── WriteArticles
 *                         │                          │                           ├─ figures ──────────── WriteFigures
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
    PCollectionTuple extracted = unique.get(DropDuplicates.UNIQUE).apply("ExtractFigures", new ExtractFigures());

    extracted.get(ExtractFigures.ARTICLES).apply("WriteArticles", WriteTable.of(Table.ARTICLES, out, shards));
    extracted.get(ExtractFigures.FIGURES).apply("WriteFigures", WriteTable.of(Table.FIGURES, out, shards));
    PCollectionTuple reconciled =
        extracted.get(ExtractFigures.CLAIM_FIGURES).apply("ReconcileClaims", new ReconcileClaims());
    reconciled.get(ReconcileClaims.CLAIMS).apply("WriteClaims", WriteTable.of(Table.CLAIMS, out, shards));
    reconciled.get(ReconcileClaims.CONFLICTS).apply("WriteConflicts", WriteTable.of(Table.CONFLICTS, out, shards));
    PCollectionList.of(reconciled.get(ReconcileClaims.TARIFFS))
        .and(extracted.get(ExtractFigures.STATED_TARIFFS))
        .apply("AllTariffs", Flatten.pCollections())
        .apply("WriteTariffs", WriteTable.of(Table.TARIFFS, out, shards));
    PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(unique.get(DropDuplicates.DUPLICATES))
        .and(extracted.get(ExtractFigures.FAILURES))
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
