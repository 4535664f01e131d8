package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.avro.Schema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.io.Table;

/** notebooks/explore.ipynb is a valid nbformat 4 notebook, explore.sql runs on the seed output, and both name only real tables and columns. */
class NotebookTest {
  private static final Path NOTEBOOKS = PipelineRun.ROOT.resolve("notebooks");
  /**
   * Lower-case string literals in the notebook that are not table or column names: values (a kind, metrics, an
   * aggregate), the output folders, and the row-count column it makes.
   */
  private static final Set<String> NOT_NAMES = Set.of("money", "exports", "imports", "max", "output", "arrow", "rows");

  @TempDir static Path output;

  @BeforeAll
  static void runOnSeeds() {
    PipelineRun.run(PipelineRun.SEEDS, output);
  }

  @Test
  void notebookIsNbformat4WithOutputsCleared() throws Exception {
    JsonNode nb = new ObjectMapper().readTree(NOTEBOOKS.resolve("explore.ipynb").toFile());
    assertEquals(4, nb.get("nbformat").asInt());
    assertEquals("python3", nb.at("/metadata/kernelspec/name").asText());
    List<JsonNode> cells = StreamSupport.stream(nb.get("cells").spliterator(), false).toList();
    assertTrue(cells.size() >= 5, "cells");
    for (JsonNode cell : cells) {
      assertTrue(Set.of("code", "markdown").contains(cell.path("cell_type").asText()), cell.toString());
      assertTrue(cell.get("source").isArray() && cell.get("metadata").isObject(), cell.toString());
      if (cell.get("cell_type").asText().equals("code")) {
        assertTrue(cell.get("outputs").isArray() && cell.get("outputs").isEmpty(), "outputs cleared");
        assertTrue(cell.get("execution_count").isNull(), "execution_count null");
      }
    }
    String first = source(cells.get(0));
    assertTrue(first.contains("pandas") && first.contains("pyarrow"), "first cell states the requirements");
  }

  @Test
  void everySqlStatementRunsOnTheSeedOutputAndReturnsRows() throws Exception {
    List<String> statements = sqlStatements();
    assertEquals(9, statements.size());
    for (String statement : statements) {
      String onOutput = statement.replace("'output/", "'" + output.toAbsolutePath() + "/");
      List<Map<String, Object>> rows = PipelineRun.query(onOutput);
      assertFalse(rows.isEmpty(), "no rows from:\n" + statement);
    }
    // The conflicts statement leads with the most severe: 001 against 000 on 2024 exports (0.56).
    Map<String, Object> worst = PipelineRun.query(statements.get(1).replace("'output/", "'" + output + "/")).get(0);
    assertEquals("derived_inconsistency", worst.get("conflict_type"));
    assertEquals(0.56, ((Number) worst.get("severity")).doubleValue(), 1e-9);
  }

  @Test
  void notebookAndSqlNameOnlyTablesAndColumnsOfTheSchemas() throws Exception {
    Set<String> tables = Arrays.stream(Table.values()).map(Table::tableName).collect(Collectors.toSet());
    Set<String> columns = Arrays.stream(Table.values()).flatMap(t -> t.schema().getFields().stream())
        .map(Schema.Field::name).collect(Collectors.toSet());

    Set<String> sqlTables = matches(Files.readString(NOTEBOOKS.resolve("explore.sql")), "read_parquet\\('output/([a-z_]+)/");
    assertEquals(tables, sqlTables, "explore.sql reads every table, and only tables");

    JsonNode nb = new ObjectMapper().readTree(NOTEBOOKS.resolve("explore.ipynb").toFile());
    String code = StreamSupport.stream(nb.get("cells").spliterator(), false)
        .filter(c -> c.get("cell_type").asText().equals("code")).map(NotebookTest::source)
        .collect(Collectors.joining("\n"));
    Set<String> derived = matches(code, "\\[\"([a-z_]+)\"\\] = ");
    Set<String> unknown = new TreeSet<>(matches(code, "\"([a-z][a-z_0-9]*)\""));
    unknown.removeAll(tables);
    unknown.removeAll(columns);
    unknown.removeAll(derived);
    unknown.removeAll(NOT_NAMES);
    assertEquals(Set.of(), unknown, "names in explore.ipynb that no schema defines");
    assertTrue(matches(code, "parquet\\[\"([a-z_]+)\"\\]").stream().allMatch(tables::contains));
  }

  private static List<String> sqlStatements() throws Exception {
    String sql = Files.readString(NOTEBOOKS.resolve("explore.sql")).replaceAll("(?m)--.*$", "");
    List<String> statements = new ArrayList<>();
    for (String s : sql.split(";")) {
      if (!s.isBlank()) {
        statements.add(s.strip());
      }
    }
    return statements;
  }

  private static Set<String> matches(String text, String regex) {
    Set<String> found = new TreeSet<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static String source(JsonNode cell) {
    return StreamSupport.stream(cell.get("source").spliterator(), false).map(JsonNode::asText)
        .collect(Collectors.joining());
  }
}
