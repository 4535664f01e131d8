package org.newsfigures.core.generate;

import java.util.List;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;

/**
 * Accuracy at scale: generates a corpus, runs each article through the same core the pipeline runs (parse, then
 * figures with their context) and scores the figures against the gold.
 */
public final class CorpusScorer {
  private final ArticleParser parser = new ArticleParser();
  private final ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();

  public ScoreCard score(long seed, int articles, int missesKept) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    ScoreCard card = new ScoreCard(missesKept);
    for (int i = 0; i < articles; i++) {
      GeneratedArticle article = generator.next();
      DecodedText.Accepted text = new DecodedText.Accepted(article.text(), "UTF-8", List.of());
      card.add(article, analyzer.analyze(parser.parse(article.file(), text)).figures());
    }
    return card;
  }
}
