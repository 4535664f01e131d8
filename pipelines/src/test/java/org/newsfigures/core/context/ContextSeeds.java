package org.newsfigures.core.context;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.SeedArticles;

/** Test fixture: the five seed articles and their extracted context, computed once. */
final class ContextSeeds {
  static final String[] PREFIXES = {"000", "001", "002", "003", "004"};
  static final ArticleContextExtractor EXTRACTOR = ArticleContextExtractor.fromReference();
  private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();
  private static final Map<String, ArticleContext> CONTEXTS = new LinkedHashMap<>();

  static {
    for (String prefix : PREFIXES) {
      Article article = SeedArticles.load(prefix + "_");
      ARTICLES.put(prefix, article);
      CONTEXTS.put(prefix, EXTRACTOR.extract(article));
    }
  }

  private ContextSeeds() {}

  static Article article(String prefix) {
    return ARTICLES.get(prefix);
  }

  static ArticleContext context(String prefix) {
    return CONTEXTS.get(prefix);
  }

  /** Canonical name of an entity id within the article's entities, or null for a null id. */
  static String entityName(String prefix, String entityId) {
    if (entityId == null) {
      return null;
    }
    return context(prefix).entities().stream()
        .filter(e -> e.entityId().equals(entityId))
        .map(EntityRow::name)
        .findFirst()
        .orElseThrow(() -> new AssertionError("id not among the article's entities: " + entityId));
  }
}
