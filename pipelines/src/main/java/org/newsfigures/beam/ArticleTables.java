package org.newsfigures.beam;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.newsfigures.core.analysis.ArticleAnalysis;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.analysis.ArticleRow;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.context.ArticleContext;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.context.EntityRow;
import org.newsfigures.core.context.EventRow;
import org.newsfigures.core.context.QuoteRow;
import org.newsfigures.core.reconcile.Tariff;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.Table;

/**
 * One article's rows in every table it adds to: parsed once, then the pure-Java core finds its figures, the tariffs
 * it states without a rate, and its entities, dated events and quotes. Built once per worker (the reference data
 * loads in its constructor); not thread-safe, like a DoFn instance.
 */
final class ArticleTables {
  /** The tables with one shard file per shard, whose rows all belong to one article. */
  static final List<Table> PER_ARTICLE = Stream.of(Table.values()).filter(Table::rangeSharded).toList();

  private final ArticleParser parser = new ArticleParser();
  private final ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();
  private final ArticleContextExtractor contextExtractor = ArticleContextExtractor.fromReference();
  private final RecordRows<ArticleRow> articleRows = new RecordRows<>(Table.ARTICLES, ArticleRow.class);
  private final RecordRows<Figure> figureRows = new RecordRows<>(Table.FIGURES, Figure.class);
  private final RecordRows<Tariff> tariffRows = new RecordRows<>(Table.TARIFFS, Tariff.class);
  private final RecordRows<EntityRow> entityRows = new RecordRows<>(Table.ENTITIES, EntityRow.class);
  private final RecordRows<EventRow> eventRows = new RecordRows<>(Table.EVENTS, EventRow.class);
  private final RecordRows<QuoteRow> quoteRows = new RecordRows<>(Table.QUOTES, QuoteRow.class);

  /**
   * @return the rows per table, including {@link Table#TARIFFS} for the tariffs stated without a rate
   * @throws RuntimeException when the core cannot analyse the article (a defect to report, not a bad input)
   */
  Map<Table, List<GenericRecord>> rows(String sourceFile, DecodedText.Accepted text) {
    Article article = parser.parse(sourceFile, text);
    ArticleAnalysis analysis = analyzer.analyze(article);
    ArticleContext context = contextExtractor.extract(article);
    Map<Table, List<GenericRecord>> rows = new EnumMap<>(Table.class);
    List<Figure> figures = analysis.figures();
    rows.put(Table.ARTICLES, List.of(articleRows.toAvro(ArticleRow.of(article, figures.size()))));
    rows.put(Table.FIGURES, convert(figures, figureRows));
    rows.put(Table.TARIFFS, convert(analysis.statedTariffs(), tariffRows));
    rows.put(Table.ENTITIES, convert(context.entities(), entityRows));
    rows.put(Table.EVENTS, convert(context.events(), eventRows));
    rows.put(Table.QUOTES, convert(context.quotes(), quoteRows));
    return rows;
  }

  private static <T extends Record> List<GenericRecord> convert(List<T> values, RecordRows<T> rows) {
    List<GenericRecord> out = new ArrayList<>(values.size());
    values.forEach(v -> out.add(rows.toAvro(v)));
    return out;
  }
}
