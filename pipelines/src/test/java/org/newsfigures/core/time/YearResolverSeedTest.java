package org.newsfigures.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.SeedArticles;
import org.newsfigures.core.article.Sentence;

/** Reference years of the figures in the seed articles, as an analyst reads them. */
class YearResolverSeedTest {
  private static final YearResolver RESOLVER = new YearResolver();

  /** Year of the first occurrence of {@code figure} in the article. */
  private static Integer yearOf(Article article, String figure) {
    for (Sentence sentence : article.sentences()) {
      int at = sentence.text().indexOf(figure);
      if (at >= 0) {
        return RESOLVER.resolve(article.sentences(), sentence.index(), at, at + figure.length(), article.publishedDate());
      }
    }
    throw new AssertionError("figure not found: " + figure);
  }

  @Test
  void article000TradeFiguresAreOf2024IncludingTheBreakdownAfterHowever() {
    Article a = SeedArticles.load("000_");
    assertEquals(2024, yearOf(a, "US$118.7 billion"));
    assertEquals(2024, yearOf(a, "US$88.8 billion"));
    assertEquals(2024, yearOf(a, "US$29.9 billion"));
  }

  @Test
  void article000TariffsAndStudentsAreOf2024AndTheVisitLengthHasNoYear() {
    Article a = SeedArticles.load("000_");
    assertEquals(2024, yearOf(a, "100%"));
    assertEquals(2024, yearOf(a, "25%"));
    assertEquals(2024, yearOf(a, "100,000"));
    assertEquals(null, yearOf(a, "four-day"));
    assertEquals(null, yearOf(a, "1.8 million"), "the 2024 belongs to the other clause");
  }

  @Test
  void article001IgnoresTheYearAfterSince() {
    Article a = SeedArticles.load("001_");
    assertEquals(2025, yearOf(a, "10.4 percent"));
    assertEquals(2025, yearOf(a, "$41.7 billion"));
  }

  @Test
  void article003ThatYearRefersToThePreviousSentence() {
    Article a = SeedArticles.load("003_");
    assertEquals(2024, yearOf(a, "75%"));
    assertEquals(2024, yearOf(a, "4%"));
  }

  @Test
  void article004() {
    Article a = SeedArticles.load("004_");
    assertEquals(2024, yearOf(a, "C$118.7 billion"));
    assertEquals(2024, yearOf(a, "US $85.5 billion"));
    assertEquals(null, yearOf(a, "25 per cent"));
    assertEquals(null, yearOf(a, "70%"));
  }
}
