package org.newsfigures.beam;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
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
 * claims across articles, write each table as Parquet and as Arrow, and draw the summary charts from the tables.
 *
 * <pre>
 *   files ─ ReadArticles ─┬─ texts ─ DropDuplicates ─┬─ unique ─ AnalyzeArticles ─┬─ articles ─────────── WriteArticles
 *                         │                          │                           ├─ figures ──────────── WriteFigures
 *                         │                          │                           ├─ entities, events, quotes ─ Write…
 *                         │                          │                           ├─ claim figures ─ ReconcileClaims ─┬─ WriteClaims
 *                         │                          │                           │                                   ├─ WriteConflicts
 *                         │                          │                           ├─ stated tariffs ─────────────────┴─ WriteTariffs
 *                         └─ rejects ────────────────┴─ duplicates ──────────────┴─ failures ─────────── WriteRejects
 *
 *   every table ─┬─ Write&lt;Table&gt; (Parquet)  ─ &lt;table&gt;/part-NNNNN.parquet
 *                └─ WriteArrow&lt;Table&gt;        ─ arrow/&lt;table&gt;.arrow
 *   articles, figures, claims, conflicts, tariffs, events ─ WriteCharts ─ charts/index.html, charts/*.html
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

    PCollectionTuple reconciled =
        analyzed.get(AnalyzeArticles.CLAIM_FIGURES).apply("ReconcileClaims", new ReconcileClaims());

    Map<Table, PCollection<GenericRecord>> tables = new EnumMap<>(Table.class);
    tables.put(Table.ARTICLES, analyzed.get(AnalyzeArticles.ARTICLES));
    tables.put(Table.FIGURES, analyzed.get(AnalyzeArticles.FIGURES));
    tables.put(Table.ENTITIES, analyzed.get(AnalyzeArticles.ENTITIES));
    tables.put(Table.EVENTS, analyzed.get(AnalyzeArticles.EVENTS));
    tables.put(Table.QUOTES, analyzed.get(AnalyzeArticles.QUOTES));
    tables.put(Table.CLAIMS, reconciled.get(ReconcileClaims.CLAIMS));
    tables.put(Table.CONFLICTS, reconciled.get(ReconcileClaims.CONFLICTS));
    tables.put(Table.TARIFFS, PCollectionList.of(reconciled.get(ReconcileClaims.TARIFFS))
        .and(analyzed.get(AnalyzeArticles.STATED_TARIFFS))
        .apply("AllTariffs", Flatten.pCollections()));
    tables.put(Table.REJECTS, PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(unique.get(DropDuplicates.DUPLICATES))
        .and(analyzed.get(AnalyzeArticles.FAILURES))
        .apply("AllRejects", Flatten.pCollections())
        .apply("RejectRows", toRows(Table.REJECTS))
        .setCoder(AvroCoder.of(Table.REJECTS.schema())));

    tables.forEach((table, rows) -> {
      String name = table.tableName().substring(0, 1).toUpperCase(Locale.ROOT) + table.tableName().substring(1);
      rows.apply("Write" + name, WriteTable.of(table, out, shards));
      rows.apply("WriteArrow" + name, WriteArrow.of(table, out));
    });
    pipeline.apply("WriteCharts", WriteCharts.of(tables, out));
    return pipeline;
  }

  private static MapElements<Reject, GenericRecord> toRows(Table table) {
    RecordRows<Reject> rows = new RecordRows<>(table, Reject.class);
    return MapElements.into(TypeDescriptor.of(GenericRecord.class)).via(rows::toAvro);
  }
}
