package org.newsfigures.beam;

import java.util.List;
import org.newsfigures.core.analysis.ArticleAnalysis;
import org.newsfigures.core.reconcile.Tariff;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.analysis.ArticleRow;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.context.ArticleContext;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.context.EntityRow;
import org.newsfigures.core.context.EventRow;
import org.newsfigures.core.context.QuoteRow;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parses each article once and runs the per-article core on it (the pure-Java core does the work): article rows,
 * figure rows, the attributed figures keyed by claim group for reconciliation, the tariffs stated without a rate,
 * the article's entities, dated events and quotes, and a reject for an article the core could not analyse, which is
 * counted and set aside rather than fatal.
 */
public final class AnalyzeArticles extends PTransform<PCollection<SourceText>, PCollectionTuple> {
  public static final TupleTag<GenericRecord> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> FIGURES = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> STATED_TARIFFS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> ENTITIES = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> EVENTS = new TupleTag<>() {};
  public static final TupleTag<GenericRecord> QUOTES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<SourceText> texts) {
    PCollectionTuple out =
        texts.apply("ParseAndAnalyze", ParDo.of(new AnalyzeFn())
            .withOutputTags(ARTICLES, TupleTagList.of(FIGURES).and(FAILURES).and(STATED_TARIFFS)
                .and(ENTITIES).and(EVENTS).and(QUOTES)));
    out.get(ARTICLES).setCoder(AvroCoder.of(Table.ARTICLES.schema()));
    out.get(FIGURES).setCoder(AvroCoder.of(Table.FIGURES.schema()));
    out.get(FAILURES).setCoder(SerializableCoder.of(Reject.class));
    out.get(STATED_TARIFFS).setCoder(AvroCoder.of(Table.TARIFFS.schema()));
    out.get(ENTITIES).setCoder(AvroCoder.of(Table.ENTITIES.schema()));
    out.get(EVENTS).setCoder(AvroCoder.of(Table.EVENTS.schema()));
    out.get(QUOTES).setCoder(AvroCoder.of(Table.QUOTES.schema()));
    return out;
  }

  static final class AnalyzeFn extends DoFn<SourceText, GenericRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeFn.class);
    private final Counter articles = Metrics.counter("newsfigures", "articles");
    private final Counter figures = Metrics.counter("newsfigures", "figures");
    private final Counter failures = Metrics.counter("newsfigures", "analysis_failures");
    private final RecordRows<ArticleRow> articleRows = new RecordRows<>(Table.ARTICLES, ArticleRow.class);
    private final RecordRows<Figure> figureRows = new RecordRows<>(Table.FIGURES, Figure.class);
    private final RecordRows<Tariff> tariffRows = new RecordRows<>(Table.TARIFFS, Tariff.class);
    private final RecordRows<EntityRow> entityRows = new RecordRows<>(Table.ENTITIES, EntityRow.class);
    private final RecordRows<EventRow> eventRows = new RecordRows<>(Table.EVENTS, EventRow.class);
    private final RecordRows<QuoteRow> quoteRows = new RecordRows<>(Table.QUOTES, QuoteRow.class);
    private transient ArticleParser parser;
    private transient ArticleAnalyzer analyzer;
    private transient ArticleContextExtractor contextExtractor;

    @Setup
    public void setup() {
      parser = new ArticleParser();
      analyzer = ArticleAnalyzer.fromReference();
      contextExtractor = ArticleContextExtractor.fromReference();
    }

    @ProcessElement
    public void process(@Element SourceText source, MultiOutputReceiver out) {
      Article article;
      ArticleAnalysis analysis;
      ArticleContext context;
      try {
        article = parser.parse(source.sourceFile(),
            new DecodedText.Accepted(source.text(), source.encoding(), source.warnings()));
        analysis = analyzer.analyze(article);
        context = contextExtractor.extract(article);
      } catch (RuntimeException e) {
        // A defect in the core must not stop the run: the file is reported, with the cause, in rejects.
        failures.inc();
        LOG.error("cannot analyse {}", source.sourceFile(), e);
        out.get(FAILURES).output(new Reject(source.sourceFile(), RejectReason.ANALYSIS_FAILED,
            "The article could not be analysed (" + e + "); please report it with the file.", source.sizeBytes()));
        return;
      }
      List<Figure> found = analysis.figures();
      articles.inc();
      figures.inc(found.size());
      out.get(ARTICLES).output(articleRows.toAvro(ArticleRow.of(article, found.size())));
      for (Figure figure : found) {
        Metrics.counter("newsfigures", "figures_" + figure.kind()).inc();
        out.get(FIGURES).output(figureRows.toAvro(figure));
      }
      for (Tariff tariff : analysis.statedTariffs()) {
        out.get(STATED_TARIFFS).output(tariffRows.toAvro(tariff));
      }
      context.entities().forEach(e -> out.get(ENTITIES).output(entityRows.toAvro(e)));
      context.events().forEach(e -> out.get(EVENTS).output(eventRows.toAvro(e)));
      context.quotes().forEach(q -> out.get(QUOTES).output(quoteRows.toAvro(q)));
    }
  }
}
