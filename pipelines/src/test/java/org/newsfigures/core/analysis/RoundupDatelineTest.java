package org.newsfigures.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;

/** A roundup page holds several stories, each opening with its own dateline: each is told from its own place. */
class RoundupDatelineTest {
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromReference();

  private static Figure figure(List<Figure> figures, String text) {
    return figures.stream().filter(f -> f.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text));
  }

  @Test
  void aLaterStorysDatelineIsItsHome() {
    String text = String.join("\n",
        "Asian exporters mixed in June",
        "Published 14 July 2025",
        "",
        "TAIPEI - Taiwan's exports rose 4 per cent in June from a year earlier.",
        "",
        "MANILA - Shipments to Japan fell 6 per cent in June, while those to the United States rose 2 per cent.");
    Article article = new ArticleParser().parse("roundup.txt", new DecodedText.Accepted(text, "UTF-8", List.of()));
    List<Figure> figures = ANALYZER.analyze(article).figures();
    assertEquals("TW", figure(figures, "4 per cent").subject());
    Figure japan = figure(figures, "6 per cent");
    assertEquals("PH", japan.subject(), japan.attributionEvidence());
    assertEquals("JP", japan.counterpart(), japan.attributionEvidence());
    Figure us = figure(figures, "2 per cent");
    assertEquals("PH", us.subject(), us.attributionEvidence());
    assertEquals("US", us.counterpart(), us.attributionEvidence());
  }
}
