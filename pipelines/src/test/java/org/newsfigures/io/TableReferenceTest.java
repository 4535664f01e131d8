package org.newsfigures.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/** docs/tables.md is what {@link TableReference} makes of schemas/*.avsc and docs/tables-notes.md, nothing else. */
class TableReferenceTest {
  private static final Path ROOT = Path.of(System.getProperty("newsfigures.root", ".."));

  @Test
  void theCommittedPageIsWhatTheSchemasAndNotesGive() throws Exception {
    String committed = Files.readString(ROOT.resolve(TableReference.PAGE), StandardCharsets.UTF_8);
    assertEquals(TableReference.markdown(ROOT), committed, TableReference.PAGE + " differs from schemas/*.avsc and "
        + TableReference.NOTES + ": edit those (never the page), then regenerate it from the repository root with `"
        + TableReference.COMMAND + "` (after `mvn -B -q package -DskipTests`)");
  }

  private static Schema schema(String json) {
    return new Schema.Parser().parse(json);
  }

  @Test
  void typesReadAsAnAnalystNamesThem() {
    assertEquals("string", TableReference.type(schema("\"string\"")));
    assertEquals("double, null", TableReference.type(schema("[\"null\", \"double\"]")));
    assertEquals("date, null", TableReference.type(schema("[\"null\", {\"type\": \"int\", \"logicalType\": \"date\"}]")));
    assertEquals("timestamp (UTC, ms)",
        TableReference.type(schema("{\"type\": \"long\", \"logicalType\": \"timestamp-millis\"}")));
    assertEquals("list of string", TableReference.type(schema("{\"type\": \"array\", \"items\": \"string\"}")));
  }

  @Test
  void docsBecomeTableCellsAndNotesFollowTheirTable() {
    Map<Table, Schema> schemas = new LinkedHashMap<>();
    schemas.put(Table.REJECTS, schema("""
        {"type": "record", "name": "Reject", "doc": "One row per file. Sorted by source_file.", "fields": [
          {"name": "reason", "type": "string", "doc": "empty | binary."}]}"""));
    String page = TableReference.markdown(schemas, """
        <!-- for the editor only -->
        Intro.

        ## rejects
        See inputs.md.
        """);
    assertTrue(page.contains("| [`rejects`](#rejects) | One row per file. |"), page);
    assertTrue(page.contains("\n## rejects\n\nOne row per file. Sorted by source_file."), page);
    assertTrue(page.contains("| `reason` | string | empty \\| binary. |\n\nSee inputs.md.\n"), page);
    assertTrue(page.contains("\nIntro.\n") && !page.contains("for the editor only"), page);
  }

  @Test
  void aColumnWithoutADocOrANoteForNoTableIsRefused() {
    Map<Table, Schema> undocumented = Map.of(Table.REJECTS, schema("""
        {"type": "record", "name": "Reject", "doc": "Rows.", "fields": [{"name": "reason", "type": "string"}]}"""));
    assertThrows(IllegalStateException.class, () -> TableReference.markdown(undocumented, ""));
    Map<Table, Schema> documented = Map.of(Table.REJECTS, schema("""
        {"type": "record", "name": "Reject", "doc": "Rows.", "fields": [{"name": "reason", "type": "string", "doc": "Why."}]}"""));
    assertThrows(IllegalStateException.class, () -> TableReference.markdown(documented, "## rejected\nA typo.\n"));
  }
}
