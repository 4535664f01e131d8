package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.io.Table;

/**
 * The same input gives identical tables, Arrow files and charts: the same files, byte for byte, whether written by
 * the same process or another (a JVM's identity hashes differ from process to process, and parquet-java once let
 * them decide the order of a footer's lists).
 */
class DeterminismTest {
  @TempDir Path first;
  @TempDir Path second;

  private static List<Path> files(Path output) throws IOException {
    // Every table but runs (a log of when each run happened, different by nature), its Arrow file, and the charts.
    Stream<String> folders = Stream.concat(
        Stream.of(Table.values()).filter(t -> t != Table.RUNS).map(Table::tableName), Stream.of("arrow", "charts"));
    try (Stream<Path> s = folders
        .flatMap(t -> {
          try {
            return Files.list(output.resolve(t)).map(p -> output.relativize(output.resolve(t).resolve(p.getFileName())));
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        })) {
      return s.filter(p -> !p.equals(Path.of("arrow", "runs.arrow"))).sorted().toList();
    }
  }

  @Test
  void twoRunsOnTheSameInputWriteIdenticalFiles() throws Exception {
    PipelineRun.run(PipelineRun.SEEDS, first);
    assertEquals(0, PipelineRun.start(PipelineRun.SEEDS, second, "--targetParallelism=1").waitFor(), "the child run");
    List<Path> names = files(first);
    assertEquals(names, files(second));
    for (Path name : names) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name.toString());
    }
  }
}
