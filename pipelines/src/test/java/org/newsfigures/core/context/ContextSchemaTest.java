package org.newsfigures.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

/**
 * schemas/entities.avsc, events.avsc and quotes.avsc against the row records: the pipeline maps a record to Avro by
 * the snake_case of its component names, so names, order and nullability must agree.
 */
class ContextSchemaTest {

  private static Schema schema(String table) throws IOException {
    try (InputStream in = ContextSchemaTest.class.getResourceAsStream("/schemas/" + table + ".avsc")) {
      return new Schema.Parser().parse(in);
    }
  }

  private static String snakeCase(String camelCase) {
    return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  @Test
  void everyRowRecordMatchesItsSchema() throws IOException {
    record Contract(String table, Class<? extends Record> row) {}
    for (Contract c :
        List.of(
            new Contract("entities", EntityRow.class),
            new Contract("events", EventRow.class),
            new Contract("quotes", QuoteRow.class))) {
      Schema schema = schema(c.table());
      assertEquals("org.newsfigures.tables", schema.getNamespace());
      assertFalse(schema.getDoc() == null || schema.getDoc().isBlank());
      List<String> components =
          Stream.of(c.row().getRecordComponents()).map(RecordComponent::getName).map(ContextSchemaTest::snakeCase).toList();
      assertEquals(schema.getFields().stream().map(Schema.Field::name).toList(), components, c.table());
      for (Schema.Field field : schema.getFields()) {
        assertFalse(field.doc() == null || field.doc().isBlank(), c.table() + "." + field.name() + " has no doc");
        if (field.schema().isNullable()) {
          assertTrue(field.hasDefaultValue(), c.table() + "." + field.name() + " nullable without default null");
        }
      }
    }
  }
}
