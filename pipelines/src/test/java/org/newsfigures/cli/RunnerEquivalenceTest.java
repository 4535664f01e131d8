package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsfigures.io.Table;

/**
 * The seeds on the Flink and Spark runners give the Direct Runner's tables, byte for byte, and the same rows read
 * back with DuckDB. The runners are on the class path only with the Maven profiles ({@code mvn verify -Pflink,spark});
 * without them each case is skipped, not failed.
 */
class RunnerEquivalenceTest {
  @TempDir static Path work;
  private static Path direct;

  @BeforeAll
  static void runOnTheDirectRunner() {
    direct = work.resolve("direct");
    PipelineRun.run(PipelineRun.SEEDS, direct, "--runner=DirectRunner");
  }

  @ParameterizedTest
  @ValueSource(strings = {"FlinkRunner", "SparkRunner"})
  void writesTheDirectRunnersTables(String runner) throws Exception {
    assumeTrue(runnerOnClassPath(runner), runner + " is not on the class path; build with -Pflink,spark");
    Path other = work.resolve(runner);
    PipelineRun.run(PipelineRun.SEEDS, other, "--runner=" + runner);

    for (Table table : Table.values()) {
      if (table == Table.RUNS) {
        // A log of when each run happened and on which runner: different by nature. It names the runner used.
        assertEquals(runner, PipelineRun.query("select runner from " + PipelineRun.table(other, "runs")).get(0).get("runner"));
        continue;
      }
      String name = table.tableName();
      List<Path> files = parquetFiles(direct.resolve(name));
      assertFalse(files.isEmpty(), name);
      assertEquals(files, parquetFiles(other.resolve(name)), name + ": file names");
      for (Path file : files) {
        assertArrayEquals(Files.readAllBytes(direct.resolve(name).resolve(file)),
            Files.readAllBytes(other.resolve(name).resolve(file)), name + "/" + file);
      }
      assertEquals(0, rowsOnlyIn(direct, other, name), name + ": rows only the Direct Runner wrote");
      assertEquals(0, rowsOnlyIn(other, direct, name), name + ": rows only " + runner + " wrote");
    }
  }

  private static long rowsOnlyIn(Path left, Path right, String table) throws Exception {
    String sql = "select count(*) as n from (select * from " + PipelineRun.table(left, table)
        + " except all select * from " + PipelineRun.table(right, table) + ")";
    return ((Number) PipelineRun.query(sql).get(0).get("n")).longValue();
  }

  private static List<Path> parquetFiles(Path tableDir) throws IOException {
    try (Stream<Path> files = Files.list(tableDir)) {
      return files.map(Path::getFileName).filter(f -> f.toString().endsWith(".parquet")).sorted().toList();
    }
  }

  private static boolean runnerOnClassPath(String runner) {
    String className = switch (runner) {
      case "FlinkRunner" -> "org.apache.beam.runners.flink.FlinkRunner";
      case "SparkRunner" -> "org.apache.beam.runners.spark.SparkRunner";
      default -> throw new IllegalArgumentException(runner);
    };
    try {
      Class.forName(className, false, RunnerEquivalenceTest.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
