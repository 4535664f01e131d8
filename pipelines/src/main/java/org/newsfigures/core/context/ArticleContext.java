package org.newsfigures.core.context;

import java.util.List;

/** What {@link ArticleContextExtractor} reads off one article: rows of the entities, events and quotes tables. */
public record ArticleContext(List<EntityRow> entities, List<EventRow> events, List<QuoteRow> quotes) {
  public ArticleContext {
    entities = List.copyOf(entities);
    events = List.copyOf(events);
    quotes = List.copyOf(quotes);
  }
}
