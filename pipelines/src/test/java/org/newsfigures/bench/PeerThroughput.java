package org.newsfigures.bench;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.generate.CorpusGenerator;

/**
 * A benchmark, not a test (run by {@code bin/bench-peer}): our figure extractor and Microsoft Recognizers-Text's
 * Java currency and percent models (vendored in {@code com.microsoft.bot:bot-dialogs:4.14.3}, on the classpath only
 * under the {@code peer} Maven profile, called by reflection so the project compiles without it) over the same
 * sentences of a generated corpus, in one JVM, each warmed up and then timed over at least 3 s of passes. Prints
 * sentences/s, MB/s and the ratio.
 */
public final class PeerThroughput {
  private PeerThroughput() {}

  public static void main(String[] args) throws Exception {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 300;
    CorpusGenerator generator = new CorpusGenerator(1);
    ArticleParser parser = new ArticleParser();
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      var article = generator.next();
      parser.parse(article.file(), new DecodedText.Accepted(article.text(), "UTF-8", List.of()))
          .sentences().forEach(s -> sentences.add(s.text()));
    }
    long bytes = sentences.stream().mapToLong(s -> s.getBytes(StandardCharsets.UTF_8).length).sum();
    System.out.printf("sentences: %,d from %,d generated articles (seed 1), %.3f MB%n", sentences.size(), articles,
        bytes / 1e6);

    FigureExtractor extractor = FigureExtractor.fromReference();
    double ours = time("newsfigures FigureExtractor (every figure kind)", sentences, bytes, extractor::extract);

    Method currency = Class.forName("com.microsoft.recognizers.text.numberwithunit.NumberWithUnitRecognizer")
        .getMethod("recognizeCurrency", String.class, String.class);
    Method percent = Class.forName("com.microsoft.recognizers.text.number.NumberRecognizer")
        .getMethod("recognizePercentage", String.class, String.class);
    double peer = time("Recognizers-Text Java 1.x (bot-dialogs 4.14.3): currency + percent models", sentences, bytes,
        sentence -> {
          try {
            currency.invoke(null, sentence, "en-us");
            percent.invoke(null, sentence, "en-us");
          } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
          }
        });
    System.out.printf("ratio: newsfigures is %.0fx the throughput of Recognizers-Text on the same sentences%n",
        ours / peer);
  }

  /** Warm-up passes over the whole list for at least 3 s, then timed passes for at least 3 s; returns MB/s. */
  private static double time(String what, List<String> sentences, long bytes, Consumer<String> work) {
    long warm = System.nanoTime();
    do {
      sentences.forEach(work);
    } while (System.nanoTime() - warm < 3_000_000_000L);
    long start = System.nanoTime();
    int passes = 0;
    do {
      sentences.forEach(work);
      passes++;
    } while (System.nanoTime() - start < 3_000_000_000L);
    double seconds = (System.nanoTime() - start) / 1e9;
    double mbPerSecond = passes * bytes / 1e6 / seconds;
    System.out.printf("%s: %d timed pass(es) in %.2f s, %,.0f sentences/s, %.3f MB/s%n", what, passes, seconds,
        passes * sentences.size() / seconds, mbPerSecond);
    return mbPerSecond;
  }
}
