package org.newsfigures.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.newsfigures.core.generate.CorpusGenerator;
import org.newsfigures.core.generate.CorpusWriter;

/**
 * One pipeline run on a generated corpus of {@value #ARTICLES} articles (seed 1), made once per test JVM for the
 * tests that need a large corpus's output (the chart bounds and the browser test), and removed when the JVM ends.
 */
final class GeneratedCorpusRun {
  static final int ARTICLES = 10_000;
  private static Path output;

  private GeneratedCorpusRun() {}

  /** The run's output folder. */
  static synchronized Path output() throws IOException {
    if (output == null) {
      Path work = Files.createTempDirectory("newsfigures-generated");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(work)));
      CorpusGenerator generator = new CorpusGenerator(1);
      try (CorpusWriter writer = new CorpusWriter(work.resolve("corpus"))) {
        for (int i = 0; i < ARTICLES; i++) {
          writer.write(generator.next());
        }
      }
      PipelineRun.run(work.resolve("corpus/articles"), work.resolve("output"));
      output = work.resolve("output");
    }
    return output;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
