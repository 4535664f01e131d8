package org.newsfigures.core.context;

import java.util.Comparator;
import java.util.List;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.context.entities.EntityRecognizer;
import org.newsfigures.core.context.entities.Mention;
import org.newsfigures.core.context.events.EventFinder;
import org.newsfigures.core.context.quotes.QuoteFinder;

/**
 * Reads the context of an article: the people, organizations and places it names (entities), the dated events it
 * reports, and the quotes it carries with their speakers. Rule- and gazetteer-based; the gazetteers are the CSVs
 * under seeds/reference.
 *
 * <p>Immutable and safe to share between threads. Construction reads the reference tables, so in a Beam DoFn create
 * one in {@code @Setup} rather than per element.
 */
public final class ArticleContextExtractor {
  private final EntityRecognizer entities;
  private final EventFinder events;
  private final QuoteFinder quotes;

  private ArticleContextExtractor(EntityRecognizer entities, EventFinder events, QuoteFinder quotes) {
    this.entities = entities;
    this.events = events;
    this.quotes = quotes;
  }

  public static ArticleContextExtractor fromReference() {
    return new ArticleContextExtractor(EntityRecognizer.fromReference(), EventFinder.fromReference(), new QuoteFinder());
  }

  public ArticleContext extract(Article article) {
    List<Mention> mentions = entities.recognize(article.text());
    List<EventRow> eventRows =
        events.find(article, mentions).stream()
            .sorted(Comparator.comparingInt(EventRow::charStart).thenComparing(EventRow::eventId))
            .toList();
    return new ArticleContext(
        EntityTable.rows(article.articleId(), article.text(), mentions), eventRows, quotes.find(article, mentions));
  }
}
