package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** One writer at a time, and a run killed at any moment never damages the published output. */
class RunSafetyTest {
  @TempDir Path input;
  @TempDir Path output;

  private void corpus(int copies) throws IOException {
    List<Path> seeds;
    try (Stream<Path> s = Files.list(PipelineRun.SEEDS)) {
      seeds = s.sorted().toList();
    }
    for (int i = 0; i < copies; i++) {
      for (Path seed : seeds) {
        Files.writeString(input.resolve(i + "_" + seed.getFileName()), Files.readString(seed) + "\nCopy " + i + ".\n");
      }
    }
  }

  private Map<String, Object> published() throws Exception {
    return Map.of(
        "articles", query("select count(*) n from " + table(output, "articles")).get(0).get("n"),
        "figures", query("select count(*) n, md5(string_agg(figure_id || ':' || value::varchar, ',' order by figure_id)) d"
            + " from " + table(output, "figures")).get(0).toString(),
        "target", Files.readSymbolicLink(output.resolve("figures")).toString());
  }

  @Test
  void aSecondRunOnTheSameOutputExitsWithTheLockMessage() throws Exception {
    corpus(1);
    Files.createDirectories(output);
    // This test's own JVM is alive: its pid in the lock stands for a run in progress.
    Files.writeString(output.resolve(".lock"), ProcessHandle.current().pid() + " 2026-01-16T06:24:00Z\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int exit;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      exit = new CommandLine(new Main()).execute("run", "--quiet", "--input", input.toString(), "--output", output.toString());
    } finally {
      System.setErr(saved);
    }
    assertEquals(RunCommand.LOCKED, exit);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("another newsfigures run (pid "
        + ProcessHandle.current().pid() + ", started 2026-01-16T06:24:00Z) is writing to"), err.toString());
    assertTrue(Files.exists(output.resolve(".lock")), "the holder's lock is left alone");
  }

  @Test
  void aStaleLockIsTakenOverAndItsRunRecordedAsKilled() throws Exception {
    corpus(1);
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Files.createDirectories(output);
    Files.writeString(output.resolve(".lock"), gone.pid() + " 2026-01-16T06:24:00Z\n");
    PipelineRun.run(input, output);
    List<Map<String, Object>> runs = query("select status, message from " + table(output, "runs") + " order by started_at");
    assertEquals(List.of("killed", "succeeded"), runs.stream().map(r -> r.get("status")).toList());
    assertTrue(((String) runs.get(0).get("message")).contains("pid " + gone.pid()));
    assertTrue(Files.notExists(output.resolve(".lock")), "the lock is released after the run");
  }

  /** What a running child's output looks like: the output folder, and the version folders it has staged. */
  private record Staged(Path output, List<Path> versions) {
    /** Whether a staged version holds Parquet of the given table ("" for any but runs). */
    boolean hasParquet(String table) {
      return versions.stream().anyMatch(version -> {
        try (Stream<Path> files = Files.walk(version)) {
          return files.anyMatch(p -> p.toString().endsWith(".parquet")
              && (table.isEmpty() ? !p.toString().contains("/runs/") : p.toString().contains("/" + table + "/")));
        } catch (IOException | RuntimeException e) {
          return false;
        }
      });
    }
  }

  /**
   * Starts a run in a child JVM and kills it with SIGKILL in a given state of its output, before it publishes. No
   * clock is involved: the child is frozen (SIGSTOP, until /proc says it is stopped) while its output is looked at, so
   * the state seen is the state it is killed in; if the state does not hold yet, it is let go on (SIGCONT) and looked
   * at again. A run that publishes or ends before it was seen in the state fails the test rather than passing it.
   */
  private void killRunIn(String state, Predicate<Staged> holds) throws Exception {
    Object published = Files.readSymbolicLink(output.resolve("figures"));
    List<Path> earlier = versions();
    Process child = PipelineRun.start(input, output);
    while (true) {
      signal(child, "STOP");
      while (child.isAlive() && !isStopped(child)) {
        Thread.onSpinWait();
      }
      assertTrue(child.isAlive(), "the run ended before it was seen " + state);
      assertEquals(published, Files.readSymbolicLink(output.resolve("figures")),
          "the run published before it was seen " + state);
      List<Path> staged = versions().stream().filter(v -> !earlier.contains(v)).toList();
      if (holds.test(new Staged(output, staged))) {
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        child.waitFor();
        return;
      }
      signal(child, "CONT");
    }
  }

  private List<Path> versions() throws IOException {
    try (Stream<Path> versions = Files.list(output.resolve(".versions"))) {
      return versions.toList();
    }
  }

  private static void signal(Process child, String signal) throws Exception {
    assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(child.pid())).start().waitFor());
  }

  /** Whether the process is stopped by a signal: the state field of /proc/PID/stat is T. */
  private static boolean isStopped(Process child) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(child.pid()), "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("T");
    } catch (IOException e) {
      return false; // gone
    }
  }

  @Test
  void killedAtAnyMomentThePublishedOutputStaysReadableAndTheNextRunRecovers() throws Exception {
    corpus(40);
    PipelineRun.run(input, output);
    Map<String, Object> before = published();
    // More input, so a killed run would have changed the tables had it finished.
    Files.writeString(input.resolve("new.txt"), "Exports rose 7% in 2024 to US$3.1 billion, officials said.\n");

    killRunIn("holding the lock", run -> Files.exists(run.output().resolve(".lock")));
    assertEquals(before, published());
    killRunIn("writing Parquet", run -> run.hasParquet(""));
    assertEquals(before, published());
    killRunIn("writing the reconciled tables", run -> run.hasParquet("conflicts"));
    assertEquals(before, published());

    PipelineRun.run(input, output);
    assertEquals(1L, query("select count(*) n from " + table(output, "articles") + " where source_file = 'new.txt'").get(0).get("n"));
    try (Stream<Path> versions = Files.list(output.resolve(".versions"))) {
      assertEquals(2, versions.count(), "the current and the previous version remain; what killed runs left is gone");
    }
    long killed = (Long) query("select count(*) n from " + table(output, "runs") + " where status = 'killed'").get(0).get("n");
    assertTrue(killed >= 1, "the run found dead is recorded");
  }
}
