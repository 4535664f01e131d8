package org.newsfigures.core.analysis;

import java.time.LocalDate;
import org.newsfigures.core.article.Article;

/** One row of the articles table (see schemas/articles.avsc). */
public record ArticleRow(
    String articleId,
    String sourceFile,
    String title,
    LocalDate publishedDate,
    String byline,
    String dateline,
    String encoding,
    int replacedBytes,
    int charCount,
    int wordCount,
    int sentenceCount,
    int figureCount,
    String contentSha256,
    Long removedAt) {

  public static ArticleRow of(Article article, int figureCount) {
    return new ArticleRow(
        article.articleId(),
        article.sourceFile(),
        article.title(),
        article.publishedDate(),
        article.byline(),
        article.dateline(),
        article.encoding(),
        article.replacedBytes(),
        article.charCount(),
        article.wordCount(),
        article.sentences().size(),
        figureCount,
        article.contentSha256(),
        null);
  }
}
