package org.newsfigures.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.context.ArticleContext;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.context.entities.Entity;
import org.newsfigures.core.context.entities.EntityType;
import org.newsfigures.core.generate.NumberDenseArticle;

/**
 * A 2 MB number-dense article goes through every per-article step. The minute allowed guards against work growing
 * with the square of an article's length (which took minutes for such a file), not a speed figure: linear work takes
 * a few seconds on a slow machine.
 */
class LongArticleTest {
  private static final Duration GENEROUS = Duration.ofSeconds(60);
  private static final int TWO_MB = 2_000_000;

  private static Article article;

  @BeforeAll
  static void parse() {
    String text = NumberDenseArticle.of(TWO_MB, 1, 4);
    article = assertTimeoutPreemptively(GENEROUS,
        () -> new ArticleParser().parse("long.txt", new DecodedText.Accepted(text, "UTF-8", List.of())));
  }

  @Test
  void theParserSplitsEveryParagraphIntoSentences() {
    assertTrue(article.sentences().size() > 20_000, "sentences: " + article.sentences().size());
    assertEquals(article.text().length(), article.charCount(), "the generated text has no surrogate pairs");
  }

  @Test
  void contextOfATwoMegabyteArticleTakesLessThanAMinute() {
    ArticleContextExtractor extractor = ArticleContextExtractor.fromReference();
    ArticleContext context = assertTimeoutPreemptively(GENEROUS, () -> extractor.extract(article));
    String carneyId = new Entity("Mark Carney", EntityType.PERSON, null).id();
    long carney = context.quotes().stream().filter(q -> carneyId.equals(q.speaker())).count();
    assertTrue(carney > 1_000, "each body ends with a quotation Mark Carney said; found " + carney);
  }

  @Test
  void figuresOfATwoMegabyteArticleTakeLessThanAMinute() {
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();
    ArticleAnalysis analysis = assertTimeoutPreemptively(GENEROUS, () -> analyzer.analyze(article));
    assertTrue(analysis.figures().size() > 15_000, "figures: " + analysis.figures().size());
  }
}
