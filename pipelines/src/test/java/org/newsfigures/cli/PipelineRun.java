package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code newsfigures run} in-process and reads its tables back with DuckDB, an independent reader. */
final class PipelineRun {
  static final Path ROOT = Path.of(System.getProperty("newsfigures.root", ".."));
  static final Path SEEDS = ROOT.resolve("seeds/articles");

  private PipelineRun() {}

  static void run(Path input, Path output, String... extra) {
    List<String> args = new ArrayList<>(List.of("run", "--quiet", "--input", input.toString(), "--output", output.toString()));
    args.addAll(List.of(extra));
    int exit = new CommandLine(new Main()).execute(args.toArray(String[]::new));
    assertEquals(0, exit, "newsfigures run exit status");
  }

  /** Starts {@code newsfigures run} in a child JVM (a process of its own: other identity hashes, its own pid). */
  static Process start(Path input, Path output, String... extra) throws java.io.IOException {
    return start(List.of(), input, output, extra);
  }

  /** Starts {@code newsfigures run} in a child JVM through a launcher command ({@code setpriv ...}), or none. */
  static Process start(List<String> launcher, Path input, Path output, String... extra) throws java.io.IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(launcher);
    command.addAll(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "run", "--quiet", "--input", input.toString(), "--output", output.toString()));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
  }

  /** Rows of a DuckDB query, each a column → value map (in select order). */
  static List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = db.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  static String table(Path output, String name) {
    return "read_parquet('" + output.resolve(name).toAbsolutePath() + "/*.parquet')";
  }
}
