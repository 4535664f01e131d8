package org.newsfigures.io;

import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
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
 * Maps a core row record to an Avro record of a table's schema and back, column by column: each schema column
 * {@code snake_case} is the record component {@code camelCase}. A column with no component, or a component with no
 * column, fails at construction, so a schema and its row type cannot drift apart silently.
 */
public final class RecordRows<R extends Record> implements Serializable {
  private final String schemaJson;
  private final Class<R> rowType;
  private transient Schema schema;
  private transient List<Column> columns;
  /** The canonical constructor and, for each of its parameters, the column it takes. */
  private transient MethodHandle constructor;
  private transient List<Column> parameters;

  /** A column: where it is in the schema, its record component's accessor, how values convert each way. */
  private record Column(
      int position, MethodHandle accessor, Function<Object, Object> toAvro, Function<Object, Object> fromAvro) {}

  public RecordRows(Table table, Class<R> rowType) {
    this.schemaJson = table.schema().toString();
    this.rowType = rowType;
    columns(); // fail fast on a mismatch
  }

  public GenericRecord toAvro(R row) {
    GenericData.Record record = new GenericData.Record(schema());
    for (Column column : columns()) {
      try {
        record.put(column.position(), column.toAvro().apply(column.accessor().invoke(row)));
      } catch (Throwable e) {
        throw new IllegalStateException("cannot read " + rowType.getSimpleName() + " column " + column.position(), e);
      }
    }
    return record;
  }

  /** The row an Avro record of the table holds, as read back from a table's file: the inverse of {@link #toAvro}. */
  public R fromAvro(GenericRecord record) {
    columns(); // and the constructor with them
    Object[] values = new Object[parameters.size()];
    for (int i = 0; i < values.length; i++) {
      Column column = parameters.get(i);
      values[i] = column.fromAvro().apply(record.get(column.position()));
    }
    try {
      return rowType.cast(constructor.invokeWithArguments(values));
    } catch (Throwable e) {
      throw new IllegalStateException("cannot make a " + rowType.getSimpleName() + " of " + record, e);
    }
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
      Map<String, Column> byName = new HashMap<>();
      for (Schema.Field f : schema().getFields()) {
        try {
          boolean date = isDate(f.schema());
          byName.put(f.name(), new Column(f.pos(), lookup.unreflect(components.get(f.name()).getAccessor()),
              date ? RecordRows::epochDay : v -> v, date ? RecordRows::localDate : RecordRows::javaValue));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("row type must be public: " + rowType, e);
        }
      }
      RecordComponent[] inOrder = rowType.getRecordComponents();
      try {
        constructor = lookup.unreflectConstructor(
            rowType.getDeclaredConstructor(Arrays.stream(inOrder).map(RecordComponent::getType).toArray(Class[]::new)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("row type must be public: " + rowType, e);
      }
      parameters = Arrays.stream(inOrder).map(c -> byName.get(snakeCase(c.getName()))).toList();
      columns = schema().getFields().stream().map(f -> byName.get(f.name())).toList();
    }
    return columns;
  }

  /** Whether a column has the date logical type, whose Avro values are days since the epoch. */
  private static boolean isDate(Schema fieldSchema) {
    List<Schema> branches =
        fieldSchema.getType() == Schema.Type.UNION ? fieldSchema.getTypes() : List.of(fieldSchema);
    return branches.stream().anyMatch(t -> t.getLogicalType() instanceof LogicalTypes.Date);
  }

  private static Object epochDay(Object date) {
    return date == null ? null : (int) ((LocalDate) date).toEpochDay();
  }

  private static Object localDate(Object days) {
    return days == null ? null : LocalDate.ofEpochDay((Integer) days);
  }

  /** Avro strings arrive as Utf8 after a Parquet read, alone or in arrays; a row holds them as String. */
  private static Object javaValue(Object avro) {
    if (avro instanceof CharSequence text) {
      return text.toString();
    }
    return avro instanceof List<?> items ? items.stream().map(RecordRows::javaValue).toList() : avro;
  }

  static String snakeCase(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }
}
