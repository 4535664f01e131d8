package org.newsfigures.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.analysis.ArticleRow;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.context.EntityRow;

/**
 * schemas/*.avsc is the single definition of each table: the row types and the generated reference page (docs/tables.md)
 * must agree with it.
 */
class SchemaContractTest {
  private static final Path ROOT = Path.of(System.getProperty("newsfigures.root", ".."));

  @Test
  void everyRowTypeMatchesItsSchema() {
    new RecordRows<>(Table.ARTICLES, ArticleRow.class);
    new RecordRows<>(Table.FIGURES, Figure.class);
    new RecordRows<>(Table.REJECTS, Reject.class);
  }

  @Test
  void aRowTypeThatDriftsFromTheSchemaIsRefused() {
    record Stray(String sourceFile, String reason) {}
    assertThrows(IllegalStateException.class, () -> new RecordRows<>(Table.REJECTS, Stray.class));
  }

  @Test
  void datesBecomeAvroDays() {
    ArticleRow row = new ArticleRow("a", "f.txt", "T", LocalDate.of(2026, 1, 13), null, null, "UTF-8", 0, 1, 1, 1, 0, "s", null);
    GenericRecord avro = new RecordRows<>(Table.ARTICLES, ArticleRow.class).toAvro(row);
    assertEquals((int) LocalDate.of(2026, 1, 13).toEpochDay(), avro.get("published_date"));
    assertEquals(null, avro.get("byline"));
  }

  @Test
  void rowsReadBackFromParquetAreTheRowsWritten(@TempDir Path folder) throws Exception {
    ArticleRow article = new ArticleRow("a", "f.txt", "T", LocalDate.of(2026, 1, 13), null, null, "UTF-8", 0, 1, 1, 1,
        1, "s", null);
    Figure figure = new Figure("f1", "a", "f.txt", 0, "Exports rose 5% to C$4 billion.", 20, 33, "C$4 billion",
        "money", 4e9, null, null, "CAD", "explicit", "symbol C$", "exact", null, 2024, "year", 2.9e9, 4e9, 2024, "exports",
        "CA", null, null, "exports to");
    EntityRow entity = new EntityRow("a", "e1", "Canada", "country", "CA", 2, 0, List.of("Canada", "Ottawa"));
    assertEquals(article, readBack(folder, Table.ARTICLES, ArticleRow.class, article));
    assertEquals(figure, readBack(folder, Table.FIGURES, Figure.class, figure));
    assertEquals(entity, readBack(folder, Table.ENTITIES, EntityRow.class, entity));
  }

  private static <R extends Record> R readBack(Path folder, Table table, Class<R> type, R row) throws Exception {
    RecordRows<R> rows = new RecordRows<>(table, type);
    ResourceId file = FileSystems.matchNewResource(folder.resolve(table.tableName() + ".parquet").toString(), false);
    ParquetFiles.write(table, file, List.of(rows.toAvro(row)));
    List<R> read = new ArrayList<>();
    ParquetFiles.forEachRow(file, r -> read.add(rows.fromAvro(r)));
    return read.get(0);
  }

  @Test
  void theReferencePageDocumentsEveryColumnOfEveryTableWithItsSchemaDoc() throws Exception {
    // docs/tables.md is generated from the schemas (TableReferenceTest checks it is current); here, that every column
    // of every table the code writes has a doc and a row under its table's heading there.
    String page = Files.readString(ROOT.resolve(TableReference.PAGE));
    for (Table table : Table.values()) {
      assertFalse(table.schema().getDoc() == null || table.schema().getDoc().isBlank(), table.tableName() + " has no doc");
      int start = page.indexOf("\n## " + table.tableName() + "\n");
      assertTrue(start >= 0, "no section for " + table.tableName() + " in " + TableReference.PAGE);
      int end = page.indexOf("\n## ", start + 4);
      String section = page.substring(start, end < 0 ? page.length() : end);
      for (Schema.Field field : table.schema().getFields()) {
        assertFalse(field.doc() == null || field.doc().isBlank(), field.name() + " has no doc in its schema");
        assertTrue(section.contains("| `" + field.name() + "` |"),
            table.tableName() + "." + field.name() + " is not in " + TableReference.PAGE);
      }
    }
  }

  @Test
  void snakeCaseOfComponentNames() {
    assertEquals("content_sha256", RecordRows.snakeCase("contentSha256"));
    assertEquals("value_usd", RecordRows.snakeCase("valueUsd"));
    assertEquals("article_id", RecordRows.snakeCase("articleId"));
  }
}
