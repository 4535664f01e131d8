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
 * The pipeline's shape: read and decode the listed files, drop duplicate contents, analyse each article (figures,
 * entities, events, quotes), add the rows a re-run carries from the previous version for unchanged articles,
 * reconcile claims across all figures, write each table as Parquet and as Arrow, and draw the summary charts.
 *
 * <pre>
 *   files ─ ReadArticles ─┬─ texts ─ DropDuplicates ─┬─ unique ─ AnalyzeArticles ─┬─ per-article rows ─┐
 *                         │                          │                           │     + CarryForward ┴─ tables
 *                         │                          │                           └─ figures (all) ─ ReconcileClaims ─┬─ claims
 *                         │                          │                                                              ├─ conflicts
 *                         │                          │                              stated tariffs (all) ───────────┴─ tariffs
 *                         └─ rejects ────────────────┴─ duplicates, failures (+ carried rejects) ──────────────────── rejects
 *
 *   every table ─┬─ Write&lt;Table&gt; (Parquet)  ─ &lt;table&gt;/part-NNNNN.parquet
 *                └─ WriteArrow&lt;Table&gt;        ─ arrow/&lt;table&gt;.arrow
 *   articles, figures, claims, conflicts, tariffs, events ─ WriteCharts ─ charts/index.html, charts/*.html
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

    Map<Table, PCollection<GenericRecord>> tables = new EnumMap<>(Table.class);
    tables.put(Table.ARTICLES, withCarried(analyzed.get(AnalyzeArticles.ARTICLES), Table.ARTICLES, inputs));
    tables.put(Table.FIGURES, withCarried(analyzed.get(AnalyzeArticles.FIGURES), Table.FIGURES, inputs));
    tables.put(Table.ENTITIES, withCarried(analyzed.get(AnalyzeArticles.ENTITIES), Table.ENTITIES, inputs));
    tables.put(Table.EVENTS, withCarried(analyzed.get(AnalyzeArticles.EVENTS), Table.EVENTS, inputs));
    tables.put(Table.QUOTES, withCarried(analyzed.get(AnalyzeArticles.QUOTES), Table.QUOTES, inputs));

    PCollectionTuple reconciled = tables.get(Table.FIGURES).apply("ReconcileClaims", new ReconcileClaims());
    tables.put(Table.CLAIMS, reconciled.get(ReconcileClaims.CLAIMS));
    tables.put(Table.CONFLICTS, reconciled.get(ReconcileClaims.CONFLICTS));
    tables.put(Table.TARIFFS, PCollectionList.of(reconciled.get(ReconcileClaims.TARIFFS))
        .and(withCarried(analyzed.get(AnalyzeArticles.STATED_TARIFFS), Table.TARIFFS, inputs))
        .apply("AllTariffs", Flatten.pCollections()));
    PCollection<GenericRecord> newRejects = PCollectionList.of(read.get(ReadArticles.REJECTS))
        .and(unique.get(DropDuplicates.DUPLICATES))
        .and(analyzed.get(AnalyzeArticles.FAILURES))
        .apply("AllRejects", Flatten.pCollections())
        .apply("RejectRows", toRows(Table.REJECTS))
        .setCoder(AvroCoder.of(Table.REJECTS.schema()));
    tables.put(Table.REJECTS, withCarried(newRejects, Table.REJECTS, inputs));

    tables.forEach((table, rows) -> {
      String name = table.tableName().substring(0, 1).toUpperCase(Locale.ROOT) + table.tableName().substring(1);
      rows.apply("Write" + name, WriteTable.of(table, out, shards));
      rows.apply("WriteArrow" + name, WriteArrow.of(table, out));
    });
    pipeline.apply("WriteCharts", WriteCharts.of(tables, out));
    return pipeline;
  }

  /** This run's rows of a table plus the rows carried for unchanged articles. */
  private static PCollection<GenericRecord> withCarried(
      PCollection<GenericRecord> fresh, Table table, PipelineInputs inputs) {
    String name = "Carry" + table.name().charAt(0) + table.name().substring(1).toLowerCase(Locale.ROOT);
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
