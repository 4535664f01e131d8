package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.incremental.Shards;
import org.newsfigures.io.RunManifest;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;

/** Any sequence of incremental runs gives the same tables as a full rebuild on the same input. */
class IncrementalRunTest {
  @TempDir Path input;
  @TempDir Path output;
  @TempDir Path fresh;

  private void copySeed(String prefix, String as) throws IOException {
    try (var seeds = Files.list(PipelineRun.SEEDS)) {
      Path seed = seeds.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
      Files.copy(seed, input.resolve(as), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The last row of the runs table. */
  private Map<String, Object> lastRun() throws SQLException {
    List<Map<String, Object>> runs = query("select * from " + table(output, "runs") + " order by started_at, run_id");
    return runs.get(runs.size() - 1);
  }

  private void assertRun(int seen, int fresh, int changed, int removed, int unchanged) throws SQLException {
    Map<String, Object> run = lastRun();
    assertEquals("succeeded", run.get("status"));
    assertEquals(List.of(seen, fresh, changed, removed, unchanged), List.of(run.get("articles_seen"),
        run.get("articles_new"), run.get("articles_changed"), run.get("articles_removed"),
        run.get("articles_unchanged")), run.toString());
  }

  /** Every table but runs holds the same rows as a full rebuild of the current input. */
  private void assertEqualsFullRebuild() throws Exception {
    deleteTree(fresh);
    PipelineRun.run(input, fresh, "--full");
    assertSameRows(output, fresh);
    // A re-run copies the Arrow batches of the Parquet files it reuses from the previous version and writes the
    // others anew: every Arrow file but runs' has the bytes of the full rebuild's.
    for (Table t : Table.values()) {
      String arrow = "arrow/" + t.tableName() + ".arrow";
      if (t != Table.RUNS) {
        assertArrayEquals(Files.readAllBytes(fresh.resolve(arrow)), Files.readAllBytes(output.resolve(arrow)), arrow);
      }
    }
  }

  /** Every table but runs holds the same rows in both folders. */
  private static void assertSameRows(Path one, Path other) throws SQLException {
    for (Table t : Table.values()) {
      if (t == Table.RUNS) {
        continue;
      }
      String a = table(one, t.tableName());
      String b = table(other, t.tableName());
      long onlyIncremental = (Long) query("select count(*) n from (select * from " + a + " except all select * from " + b + ")").get(0).get("n");
      long onlyFull = (Long) query("select count(*) n from (select * from " + b + " except all select * from " + a + ")").get(0).get("n");
      assertEquals(List.of(0L, 0L), List.of(onlyIncremental, onlyFull), t.tableName() + " differs from a full rebuild");
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        if (!p.equals(dir)) {
          Files.delete(p);
        }
      }
    }
  }

  @Test
  void addChangeRemoveAndNoChangeEachEqualAFullRebuild() throws Exception {
    copySeed("000", "a.txt");
    copySeed("001", "b.txt");
    copySeed("003", "c.txt");
    PipelineRun.run(input, output);
    assertRun(3, 3, 0, 0, 0);
    assertEquals("full: first run on this output", lastRun().get("mode"));

    copySeed("004", "d.txt");
    PipelineRun.run(input, output);
    assertRun(4, 1, 0, 0, 3);
    assertEquals("incremental", lastRun().get("mode"));
    assertEqualsFullRebuild();

    Files.writeString(input.resolve("b.txt"), "\nExports rose 12% in 2023, officials said.\n",
        java.nio.file.StandardOpenOption.APPEND);
    PipelineRun.run(input, output);
    assertRun(4, 0, 1, 0, 3);
    assertEqualsFullRebuild();

    Files.delete(input.resolve("a.txt"));
    PipelineRun.run(input, output);
    assertRun(3, 0, 0, 1, 3);
    assertEquals(0L, query("select count(*) n from " + table(output, "figures") + " where source_file = 'a.txt'").get(0).get("n"));
    assertEqualsFullRebuild();

    Path tables = output.resolve("figures").toRealPath();
    PipelineRun.run(input, output);
    assertRun(3, 0, 0, 0, 3);
    assertTrue(((String) lastRun().get("mode")).startsWith("incremental: no change, tables kept from "));
    assertEquals(tables, output.resolve("figures").toRealPath(), "a run with nothing to do keeps the tables");
    assertEqualsFullRebuild();

    // A reject that changes its reason is a change, though it has no content hash before or after.
    Files.writeString(input.resolve("e.txt"), "");
    PipelineRun.run(input, output);
    Files.write(input.resolve("e.txt"), new byte[] {0, 1, 2, 0});
    PipelineRun.run(input, output);
    assertEquals("binary", query("select reason from " + table(output, "rejects") + " where source_file = 'e.txt'")
        .get(0).get("reason"));
    assertEqualsFullRebuild();
  }

  @Test
  void keepRemovedKeepsAGoneArticlesRowsFlaggedWhileEveryRunAsksForIt() throws Exception {
    copySeed("000", "a.txt");
    copySeed("001", "b.txt");
    PipelineRun.run(input, output, "--keep-removed");
    long figuresOfA = figuresOf("a.txt");
    assertTrue(figuresOfA > 0);

    Files.delete(input.resolve("a.txt"));
    PipelineRun.run(input, output, "--keep-removed");
    assertRun(1, 0, 0, 1, 1);
    assertEquals(figuresOfA, figuresOf("a.txt"), "a removed article's figures stay");
    assertEquals(List.of(Map.of("source_file", "a.txt", "same", true), Map.of("source_file", "b.txt", "same", false)),
        query("select a.source_file, coalesce(a.removed_at = r.started_at, false) same from "
            + table(output, "articles") + " a, (select max(started_at) started_at from " + table(output, "runs")
            + ") r order by 1"), "removed_at: when the run that found a.txt gone started; null for b.txt");

    // A full run (--full, or one forced by new code) keeps them too, flag and time unchanged.
    copyTables(output, fresh);
    PipelineRun.run(input, output, "--keep-removed", "--full");
    assertSameRows(output, fresh);

    // Back in the input, it is an article like any other again.
    copySeed("000", "a.txt");
    PipelineRun.run(input, output, "--keep-removed");
    assertRun(2, 1, 0, 0, 1);
    assertEquals(0L, query("select count(*) n from " + table(output, "articles") + " where removed_at is not null")
        .get(0).get("n"));
    assertEqualsFullRebuild();

    // Gone again, then a run without --keep-removed drops its rows.
    Files.delete(input.resolve("a.txt"));
    PipelineRun.run(input, output, "--keep-removed");
    assertEquals(figuresOfA, figuresOf("a.txt"));
    PipelineRun.run(input, output);
    assertRun(1, 0, 0, 1, 1);
    assertEquals(0L, figuresOf("a.txt"));
    assertEqualsFullRebuild();
  }

  @Test
  void aRunForcedFullByANewShardCountStillKeepsRemovedArticles() throws Exception {
    copySeed("000", "a.txt");
    copySeed("001", "b.txt");
    copySeed("003", "c.txt");
    PipelineRun.run(input, output, "--keep-removed");
    Files.delete(input.resolve("a.txt"));
    PipelineRun.run(input, output, "--keep-removed");
    long figuresOfA = figuresOf("a.txt");
    copyTables(output, fresh);

    // The kept rows are found where 4 shards put them and written where 8 do.
    PipelineRun.run(input, output, "--keep-removed", "--shards", "8");
    assertEquals("full: the shard count changed from 4 to 8", lastRun().get("mode"));
    assertEquals(figuresOfA, figuresOf("a.txt"));
    assertSameRows(output, fresh);
  }

  private long figuresOf(String sourceFile) throws SQLException {
    return (Long) query("select count(*) n from " + table(output, "figures") + " where source_file = '" + sourceFile
        + "'").get(0).get("n");
  }

  /** A copy of the published tables' files (each table folder is a link into the current version). */
  private static void copyTables(Path from, Path to) throws IOException {
    deleteTree(to);
    for (Table t : Table.values()) {
      Path folder = Files.createDirectories(to.resolve(t.tableName()));
      try (var files = Files.list(from.resolve(t.tableName()))) {
        for (Path file : files.toList()) {
          Files.copy(file, folder.resolve(file.getFileName()));
        }
      }
    }
  }

  @Test
  void settledFilesAreNotReadAgainButARewriteOfTheSameSizeAndTimeIsSeen() throws Exception {
    copySeed("000", "a.txt");
    copySeed("001", "b.txt");
    Thread.sleep(2_100); // older than InputInventory.SETTLE_SECONDS: their stats are recorded
    PipelineRun.run(input, output);
    RunManifest manifest = RunManifest.readFrom(output.resolve("articles").toRealPath().getParent()).orElseThrow();
    assertEquals(java.util.Set.of("a.txt", "b.txt"), manifest.stats().keySet());

    Path b = input.resolve("b.txt");
    java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(b);
    String text = Files.readString(b);
    int digit = text.indexOf('1');
    Files.writeString(b, text.substring(0, digit) + '2' + text.substring(digit + 1)); // same size
    Files.setLastModifiedTime(b, modified);
    PipelineRun.run(input, output);
    assertRun(2, 0, 1, 0, 1);
    assertEqualsFullRebuild();
  }

  @Test
  void aNewTwinThatSortsFirstBecomesTheArticle() throws Exception {
    copySeed("003", "m.txt");
    copySeed("001", "z.txt");
    PipelineRun.run(input, output);
    copySeed("003", "a-copy.txt"); // same content as m.txt, first by path: it is now the article, m.txt the twin
    PipelineRun.run(input, output);
    assertEquals("a-copy.txt", query("select source_file from " + table(output, "articles")
        + " where source_file <> 'z.txt'").get(0).get("source_file"));
    assertEquals("duplicate_of", query("select reason from " + table(output, "rejects")
        + " where source_file = 'm.txt'").get(0).get("reason"));
    assertEqualsFullRebuild();
  }

  @Test
  void shardsNoArticleOfWhichChangedAreLinkedNotRewritten() throws Exception {
    copySeed("000", "a.txt");
    copySeed("001", "b.txt");
    copySeed("003", "c.txt");
    PipelineRun.run(input, output);
    Path before = output.resolve("figures").toRealPath();

    copySeed("004", "d.txt");
    PipelineRun.run(input, output);
    Path after = output.resolve("figures").toRealPath();
    String newId = (String) query("select article_id from " + table(output, "articles")
        + " where source_file = 'd.txt'").get(0).get("article_id");
    int touched = Shards.of(newId, 4);

    assertNotEquals(before, after, "a new version is published");
    for (int shard = 0; shard < 4; shard++) {
      Path old = before.resolve(SortedRows.fileName(shard));
      Path now = after.resolve(SortedRows.fileName(shard));
      assertEquals(shard != touched, Files.isSameFile(old, now), "shard " + shard + " (the new article is in " + touched + ")");
    }
    assertEqualsFullRebuild();
  }
}
