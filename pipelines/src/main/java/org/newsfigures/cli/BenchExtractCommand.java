package org.newsfigures.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.generate.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures bench-extract}: the speed limit of the pipeline, the core on one thread without Beam. Times the
 * figure extractor alone over pre-split sentences, and the whole per-article work of the pipeline's AnalyzeArticles
 * stage (parse, figures with context, entities, events, quotes), each after a warm-up pass.
 */
@Command(
    name = "bench-extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Single-thread throughput of the core (no Beam) over a generated corpus, in articles/s and MB/s.")
final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
      description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
      description = "Articles processed before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    CorpusGenerator generator = new CorpusGenerator(seed);
    ArticleParser parser = new ArticleParser();
    List<Article> parsed = new ArrayList<>(articles);
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      var generated = generator.next();
      bytes += generated.text().getBytes(StandardCharsets.UTF_8).length;
      parsed.add(parser.parse(generated.file(), new DecodedText.Accepted(generated.text(), "UTF-8", List.of())));
    }
    System.out.printf("corpus: %,d articles, %.2f MB (UTF-8), seed %d; warm-up %,d articles%n",
        articles, bytes / 1e6, seed, warmup);

    FigureExtractor extractor = FigureExtractor.fromReference();
    time("figure extractor (pre-split sentences)", parsed, bytes, article -> {
      for (Sentence s : article.sentences()) {
        extractor.extract(s.text());
      }
    });
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();
    ArticleContextExtractor context = ArticleContextExtractor.fromReference();
    time("whole core per article (parse, figures, context)", parsed, bytes, article -> {
      Article again = parser.parse(article.sourceFile(), new DecodedText.Accepted(article.text(), "UTF-8", List.of()));
      analyzer.analyze(again);
      context.extract(again);
    });
    return 0;
  }

  private void time(String what, List<Article> corpus, long bytes, Consumer<Article> work) {
    for (int i = 0; i < Math.min(warmup, corpus.size()); i++) {
      work.accept(corpus.get(i));
    }
    long start = System.nanoTime();
    corpus.forEach(work);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %.2f s, %,.0f articles/s, %.2f MB/s%n", what, seconds, corpus.size() / seconds,
        bytes / 1e6 / seconds);
  }
}
