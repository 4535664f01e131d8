package org.newsfigures.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * A 2 MB number-dense article goes through every per-article step and gives all it states: nothing is cut short or
 * dropped in a long article. How the steps' time grows with an article's length is measured by {@code
 * newsfigures-dev bench-size} (docs/benchmarks.md), not here: a test's verdict must not depend on the machine's speed.
 */
class LongArticleTest {
  private static final int TWO_MB = 2_000_000;

  private static Article article;

  @BeforeAll
  static void parse() {
    String text = NumberDenseArticle.of(TWO_MB, 1, 4);
    article = new ArticleParser().parse("long.txt", new DecodedText.Accepted(text, "UTF-8", List.of()));
  }

  @Test
  void theParserSplitsEveryParagraphIntoSentences() {
    assertTrue(article.sentences().size() > 20_000, "sentences: " + article.sentences().size());
    assertEquals(article.text().length(), article.charCount(), "the generated text has no surrogate pairs");
  }

  @Test
  void contextOfATwoMegabyteArticleHasEveryQuotation() {
    ArticleContext context = ArticleContextExtractor.fromReference().extract(article);
    String carneyId = new Entity("Mark Carney", EntityType.PERSON, null).id();
    long carney = context.quotes().stream().filter(q -> carneyId.equals(q.speaker())).count();
    long bodies = article.text().split("Mark Carney said", -1).length - 1;
    assertTrue(carney > 1_000, "each body ends with a quotation Mark Carney said; found " + carney);
    assertEquals(bodies, carney, "one quotation of Mark Carney's a body");
  }

  @Test
  void figuresOfATwoMegabyteArticleAreAllFound() {
    ArticleAnalysis analysis = ArticleAnalyzer.fromReference().analyze(article);
    assertTrue(analysis.figures().size() > 15_000, "figures: " + analysis.figures().size());
  }
}
