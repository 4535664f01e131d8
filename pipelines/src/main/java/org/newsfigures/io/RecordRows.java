package org.newsfigures.io;

import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;

/**
 * Maps a core row record to an Avro record of a table's schema, column by column: each schema column
 * {@code snake_case} is read from the record component {@code camelCase}. A column with no component, or a
 * component with no column, fails at construction, so a schema and its row type cannot drift apart silently.
 */
public final class RecordRows<R extends Record> implements Serializable {
  private final String schemaJson;
  private final Class<R> rowType;
  private transient Schema schema;
  private transient List<Column> columns;

  private record Column(int position, MethodHandle accessor, Function<Object, Object> convert) {}

  public RecordRows(Table table, Class<R> rowType) {
    this.schemaJson = table.schema().toString();
    this.rowType = rowType;
    columns(); // fail fast on a mismatch
  }

  public GenericRecord toAvro(R row) {
    GenericData.Record record = new GenericData.Record(schema());
    for (Column column : columns()) {
      try {
        record.put(column.position(), column.convert().apply(column.accessor().invoke(row)));
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + rowType.getSimpleName() + " column " + column.position(), e);
      }
    }
    return record;
  }

  public Schema schema() {
    if (schema == null) {
      schema = new Schema.Parser().parse(schemaJson);
    }
    return schema;
  }

  private List<Column> columns() {
    if (columns == null) {
      Map<String, RecordComponent> components =
          Arrays.stream(rowType.getRecordComponents()).collect(Collectors.toMap(c -> snakeCase(c.getName()), c -> c));
      List<String> fieldNames = schema().getFields().stream().map(Schema.Field::name).toList();
      if (!components.keySet().equals(Set.copyOf(fieldNames))) {
        throw new IllegalStateException(rowType.getSimpleName() + " components " + components.keySet()
            + " do not match schema " + schema().getFullName() + " columns " + fieldNames);
      }
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      columns = schema().getFields().stream()
          .map(f -> {
            try {
              return new Column(f.pos(), lookup.unreflect(components.get(f.name()).getAccessor()), converter(f.schema()));
            } catch (IllegalAccessException e) {
              throw new IllegalStateException("row type must be public: " + rowType, e);
            }
          })
          .toList();
    }
    return columns;
  }

  /** Java values that Avro needs in another form: LocalDate as days since the epoch for the date logical type. */
  private static Function<Object, Object> converter(Schema fieldSchema) {
    List<Schema> branches =
        fieldSchema.getType() == Schema.Type.UNION ? fieldSchema.getTypes() : List.of(fieldSchema);
    boolean isDate = branches.stream().anyMatch(t -> t.getLogicalType() instanceof LogicalTypes.Date);
    return isDate ? v -> v == null ? null : (int) ((LocalDate) v).toEpochDay() : v -> v;
  }

  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
