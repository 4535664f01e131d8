package org.newsfigures.dev;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsfigures.core.generate.CorpusGenerator;
import org.newsfigures.core.generate.CorpusWriter;
import org.newsfigures.cli.GeneratorSeed;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsfigures-dev generate}: a synthetic corpus with its gold figures, for accuracy and speed at scale. */
@Command(
    name = "generate",
    description = {
      "Writes N generated trade-news articles to DIR/articles/ and the figures they state to DIR/gold.jsonl"
          + " (file, start, end in code points, text, kind, value, value_high, currency, qualifier, metric, subject,"
          + " counterpart, year). The same seed always gives the same corpus."
    })
final class GenerateCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
  int articles;

  @Mixin GeneratorSeed seed;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "Folder to write the corpus to.")
  Path output;

  @Override
  public Integer call() throws Exception {
    if (articles < 1) {
      System.err.println("newsfigures-dev generate: --articles must be at least 1.");
      return 2;
    }
    CorpusGenerator generator = new CorpusGenerator(seed.value());
    long figures = 0;
    try (CorpusWriter writer = new CorpusWriter(output)) {
      for (int i = 0; i < articles; i++) {
        var article = generator.next();
        writer.write(article);
        figures += article.figures().size();
      }
    }
    System.err.printf("newsfigures-dev generate: %,d articles, %,d gold figures in %s%n", articles, figures, output);
    return 0;
  }
}
