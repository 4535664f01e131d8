package org.newsfigures.beam;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis step of a shard: one decoded article's rows in every per-article table, by the pure-Java core
 * ({@link ArticleTables}). An article the core fails on, or whose content is no longer the one the launcher planned
 * (its rows would land in another shard's key range), is set aside as a reject; the run goes on. Built once per
 * worker; not thread-safe.
 */
final class ShardArticleAnalyzer {
  private static final Logger LOG = LoggerFactory.getLogger(ShardArticleAnalyzer.class);
  private final Counter articles = Metrics.counter("newsfigures", "articles");
  private final Counter figures = Metrics.counter("newsfigures", "figures");
  private final Counter decodeWarnings = Metrics.counter("newsfigures", "decode_warnings");
  private final ArticleTables tables = new ArticleTables();

  /** The article's rows per table; empty, with its reject given to {@code rejects}, when it is set aside. */
  Optional<Map<Table, List<GenericRecord>>> analyze(ShardArticleReader.ReadArticle read, Consumer<Reject> rejects) {
    ShardWork.ArticleFile article = read.file();
    long size = read.size();
    Map<Table, List<GenericRecord>> found;
    try {
      found = tables.rows(article.sourceFile(), read.text());
    } catch (RuntimeException e) {
      // A defect in the core must not stop the run: the file is reported, with the cause, in rejects.
      LOG.error("cannot analyse {}", article.sourceFile(), e);
      rejects.accept(new Reject(article.sourceFile(), RejectReason.ANALYSIS_FAILED,
          "The article could not be analysed (" + e + "); please report it with the file.", size));
      return Optional.empty();
    }
    if (!found.get(Table.ARTICLES).get(0).get("article_id").toString().equals(article.articleId())) {
      // Its rows would land in another shard's key range; the next run sees the new content as a change.
      rejects.accept(new Reject(article.sourceFile(), RejectReason.CHANGED_DURING_RUN,
          "The file changed while this run was reading it; the next run processes its new content.", size));
      return Optional.empty();
    }
    for (String warning : read.text().warnings()) {
      decodeWarnings.inc();
      LOG.warn("{}: {}", article.sourceFile(), warning);
    }
    articles.inc();
    List<GenericRecord> figureRows = found.get(Table.FIGURES);
    figures.inc(figureRows.size());
    figureRows.forEach(f -> Metrics.counter("newsfigures", "figures_" + f.get("kind")).inc());
    return Optional.of(found);
  }
}
