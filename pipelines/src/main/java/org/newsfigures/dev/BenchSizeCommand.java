package org.newsfigures.dev;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.generate.NumberDenseArticle;
import org.newsfigures.cli.GeneratorSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures-dev bench-size}: how the per-article work grows with one article's length. For each size, one
 * generated number-dense article ({@link NumberDenseArticle}) goes through each step of the pipeline's analysis
 * (parse; figures with context; entities, events, quotes) on one thread, and the CPU time per MB is printed. Work that
 * grows linearly with the text costs the same per MB at every size; a step that rescans the text per figure costs
 * more per MB the longer the article.
 */
@Command(
    name = "bench-size",
    description = "Single-thread analysis time per MB for one number-dense article of each size (no Beam).")
final class BenchSizeCommand implements Callable<Integer> {
  @Option(names = "--sizes", paramLabel = "BYTES", split = ",", defaultValue = "10000,100000,1000000,5000000",
      description = "Article sizes in bytes, comma-separated (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--min-mb", paramLabel = "MB", defaultValue = "5",
      description = "Each size is analysed as many times as it takes to cover this many MB (default: ${DEFAULT-VALUE}).")
  int minMb;

  @Option(names = "--paragraph-sentences", paramLabel = "N", defaultValue = "4",
      description = "Sentences per paragraph; 0 writes each article as one paragraph on one line, as some scrapers"
          + " save pages (default: ${DEFAULT-VALUE}).")
  int paragraphSentences;

  @Option(names = "--no-figures",
      description = "Leave out the figures step (ArticleAnalyzer): to measure the others at sizes where it is slow.")
  boolean noFigures;

  @Mixin GeneratorSeed seed;

  @Override
  public Integer call() {
    ArticleParser parser = new ArticleParser();
    ArticleAnalyzer analyzer = ArticleAnalyzer.fromReference();
    ArticleContextExtractor context = ArticleContextExtractor.fromReference();
    Article warmup = parse(parser, text(100_000));
    for (int i = 0; i < 20; i++) { // the JIT compiles the hot paths before anything is timed
      parse(parser, warmup.text());
      if (!noFigures) {
        analyzer.analyze(warmup);
      }
      context.extract(warmup);
    }
    System.out.printf("%10s %6s %10s %18s %18s %18s %18s%n", "bytes", "runs", "figures", "parse s/MB",
        "figures s/MB", "context s/MB", "total s/MB");
    for (int size : sizes) {
      String text = text(size);
      Article article = parse(parser, text);
      int bytes = text.getBytes(StandardCharsets.UTF_8).length;
      int runs = (int) Math.max(1, Math.ceil(minMb * 1e6 / bytes));
      double mb = runs * bytes / 1e6;
      double parse = cpuSeconds(runs, () -> parse(parser, text)) / mb;
      int[] figures = {0};
      double analyze = noFigures ? Double.NaN
          : cpuSeconds(runs, () -> figures[0] = analyzer.analyze(article).figures().size()) / mb;
      double contextSeconds = cpuSeconds(runs, () -> context.extract(article)) / mb;
      double total = parse + contextSeconds + (noFigures ? 0 : analyze);
      System.out.printf("%,10d %6d %,10d %18.3f %18.3f %18.3f %18.3f%n", bytes, runs, figures[0], parse,
          analyze, contextSeconds, total);
    }
    return 0;
  }

  private String text(int size) {
    return NumberDenseArticle.of(size, seed.value(), paragraphSentences == 0 ? Integer.MAX_VALUE : paragraphSentences);
  }

  private static Article parse(ArticleParser parser, String text) {
    return parser.parse("bench.txt", new DecodedText.Accepted(text, "UTF-8", List.of()));
  }

  /** This thread's CPU time for {@code runs} runs: on a shared machine the CPU time is the figure that does not drift. */
  private static double cpuSeconds(int runs, Runnable work) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < runs; i++) {
      work.run();
    }
    return (threads.getCurrentThreadCpuTime() - start) / 1e9;
  }
}
