package org.newsfigures.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.ShardWork;

/** The pipeline on its own, given a plan: what it does when a file is not what the launcher planned for. */
class BuildShardTablesTest {
  @TempDir Path input;
  @TempDir Path output;

  private List<String> rows(String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        rows.add(r.getString(1) + " | " + r.getString(2));
      }
    }
    return rows;
  }

  private PipelineResult.State run(List<ShardWork.ArticleFile> articles) {
    NewsfiguresOptions options = PipelineOptionsFactory.as(NewsfiguresOptions.class);
    options.setTableOutput(output.toString());
    PipelineInputs inputs = new PipelineInputs(input.toString(),
        List.of(new ShardWork(0, 1, articles, false)), List.of(), null, CarriedRows.none(), Map.of());
    return NewsfiguresPipeline.create(options, inputs).run().waitUntilFinish();
  }

  @Test
  void aFileWhoseContentIsNotThePlannedOneIsRejectedNotMisfiled() throws Exception {
    // The launcher hashed "before" (article id 3a0a…); by the time the pipeline reads it the file says "after".
    Files.writeString(input.resolve("edited.txt"), "OTTAWA — Exports rose 5% in 2024 after the talks.\n");
    Files.writeString(input.resolve("gone.txt"), "never read");
    Files.delete(input.resolve("gone.txt"));

    assertEquals(PipelineResult.State.DONE, run(List.of(new ShardWork.ArticleFile("edited.txt", "3a0a000000000000"),
        new ShardWork.ArticleFile("gone.txt", "0000000000000000"))));

    String rejects = "read_parquet('" + output.resolve("rejects/*.parquet") + "')";
    assertEquals(List.of("edited.txt | changed_during_run", "gone.txt | changed_during_run"),
        rows("select source_file, reason from " + rejects + " order by source_file"));
    assertEquals(List.of("0 | 0"), rows("select count(*), 0 from read_parquet('" + output.resolve(
        "articles/*.parquet") + "')"), "neither file is an article of this run");
  }
}
