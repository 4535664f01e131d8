package org.newsfigures.dev;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.generate.CorpusGenerator;
import org.newsfigures.core.generate.GeneratedArticle;
import org.newsfigures.cli.GeneratorSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures-dev bench-extract}: the speed limit of the pipeline, the core on one thread without Beam. Times
 * the figure extractor alone over pre-split sentences, then each step of the pipeline's AnalyzeArticles stage (parse;
 * figures with context; entities, events, quotes), each after a warm-up pass. The three steps add up to the
 * per-article work of a pipeline run.
 */
@Command(
    name = "bench-extract",
    description = "Single-thread throughput of the core (no Beam) over a generated corpus, in articles/s and MB/s.")
final class BenchExtractCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
      description = "Articles in the generated corpus (default: ${DEFAULT-VALUE}).")
  int articles;

  @Mixin GeneratorSeed seed;

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "2000",
      description = "Articles processed before timing (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    CorpusGenerator generator = new CorpusGenerator(seed.value());
    List<GeneratedArticle> generated = new ArrayList<>(articles);
    long bytes = 0;
    for (int i = 0; i < articles; i++) {
      generated.add(generator.next());
      bytes += generated.get(i).text().getBytes(StandardCharsets.UTF_8).length;
    }
    System.out.printf("corpus: %,d articles, %.2f MB (UTF-8), seed %d; warm-up %,d articles%n",
        articles, bytes / 1e6, seed.value(), warmup);

    ArticleParser parser = new ArticleParser();
    time("parse (lines, headline, dates, sentences, words)", generated, bytes,
        g -> parser.parse(g.file(), new DecodedText.Accepted(g.text(), "UTF-8", List.of())));
    List<Article> parsed = generated.stream()
        .map(g -> parser.parse(g.file(), new DecodedText.Accepted(g.text(), "UTF-8", List.of()))).toList();
    FigureExtractor extractor = FigureExtractor.fromReference();
    time("figure extractor alone (pre-split sentences)", parsed, bytes,
        article -> article.sentences().forEach(s -> extractor.extract(s.text())));
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();
    time("figures with context (ArticleAnalyzer)", parsed, bytes, analyzer::analyze);
    ArticleContextExtractor context = ArticleContextExtractor.fromReference();
    time("entities, events, quotes (ArticleContextExtractor)", parsed, bytes, context::extract);
    return 0;
  }

  /** Wall time, and this thread's CPU time: on a shared machine the CPU time is the figure that does not drift. */
  private <T> void time(String what, List<T> corpus, long bytes, Consumer<T> work) {
    for (int i = 0; i < Math.min(warmup, corpus.size()); i++) {
      work.accept(corpus.get(i));
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    corpus.forEach(work);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf("%s: wall %.2f s (%,.0f articles/s, %.2f MB/s); CPU %.2f s (%,.0f articles/s, %.2f MB/s)%n",
        what, seconds, corpus.size() / seconds, bytes / 1e6 / seconds,
        cpuSeconds, corpus.size() / cpuSeconds, bytes / 1e6 / cpuSeconds);
  }
}
