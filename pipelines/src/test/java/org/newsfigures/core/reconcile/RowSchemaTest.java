package org.newsfigures.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.junit.jupiter.api.Test;

/**
 * The row records match their schemas by the pipeline's naming rule (column snake_case = component camelCase, in
 * order), every field is documented, and Avro accepts the records' values as they are (List for arrays).
 */
class RowSchemaTest {
  private static Schema schema(String table) throws IOException {
    try (InputStream in = RowSchemaTest.class.getResourceAsStream("/schemas/" + table + ".avsc")) {
      return new Schema.Parser().parse(in);
    }
  }

  private static void assertMatches(String table, Class<? extends Record> row, Record sample) throws Exception {
    Schema schema = schema(table);
    List<String> columns = schema.getFields().stream().map(Schema.Field::name).toList();
    List<String> components = Arrays.stream(row.getRecordComponents())
        .map(c -> c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT))
        .toList();
    assertEquals(columns, components);
    assertFalse(schema.getDoc() == null || schema.getDoc().isBlank());
    schema.getFields().forEach(f -> assertFalse(f.doc() == null || f.doc().isBlank(), f.name()));
    GenericData.Record avro = new GenericData.Record(schema);
    RecordComponent[] parts = row.getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      avro.put(components.get(i), parts[i].getAccessor().invoke(sample));
    }
    assertTrue(GenericData.get().validate(schema, avro), table + " rejects " + sample);
  }

  @Test
  void rowRecordsMatchTheirSchemas() throws Exception {
    Reconciliation seeds = SeedReconciliationTest.reconcileAll(SeedReconciliationTest.seedFigures());
    for (Claim c : seeds.claims()) {
      assertMatches("claims", Claim.class, c);
    }
    for (Conflict c : seeds.conflicts()) {
      assertMatches("conflicts", Conflict.class, c);
    }
    for (Tariff t : seeds.tariffs()) {
      assertMatches("tariffs", Tariff.class, t);
    }
    assertMatches("tariffs", Tariff.class, TariffRows.fromReference().fromMention(
        new org.newsfigures.core.attribution.TariffMention("CN", "CA", List.of(), "retaliatory", "x"), "a", "f", 0, null).get(0));
  }
}
