package org.newsfigures.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * A table's Avro rows as a Tablesaw table with the same columns: string, int, long, double and date as such, a
 * list of strings as one string with {@code |} between items, a null as Tablesaw's missing value.
 */
public final class TablesawTables {
  private TablesawTables() {}

  public static tech.tablesaw.api.Table of(Table table, List<GenericRecord> rows) {
    return of(table.tableName(), table.schema(), rows);
  }

  /** Rows read with a projection of the table's schema: the projection's columns only. */
  public static tech.tablesaw.api.Table of(String name, Schema schema, List<GenericRecord> rows) {
    tech.tablesaw.api.Table out = tech.tablesaw.api.Table.create(name);
    for (Schema.Field field : schema.getFields()) {
      out.addColumns(column(field, rows));
    }
    return out;
  }

  private static Column<?> column(Schema.Field field, List<GenericRecord> rows) {
    Schema type = field.schema();
    if (type.getType() == Schema.Type.UNION) {
      type = type.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }
    String name = field.name();
    if (type.getLogicalType() instanceof LogicalTypes.Date) {
      DateColumn dates = DateColumn.create(name);
      rows.forEach(r -> dates.append(r.get(name) == null ? null : LocalDate.ofEpochDay((Integer) r.get(name))));
      return dates;
    }
    return switch (type.getType()) {
      case INT -> {
        IntColumn ints = IntColumn.create(name);
        rows.forEach(r -> ints.append((Integer) r.get(name)));
        yield ints;
      }
      case LONG -> {
        LongColumn longs = LongColumn.create(name);
        rows.forEach(r -> longs.append((Long) r.get(name)));
        yield longs;
      }
      case DOUBLE -> {
        DoubleColumn doubles = DoubleColumn.create(name);
        rows.forEach(r -> doubles.append((Double) r.get(name)));
        yield doubles;
      }
      case ARRAY -> StringColumn.create(name, rows.stream().map(r -> r.get(name) == null ? null
          : ((Collection<?>) r.get(name)).stream().map(Object::toString).collect(Collectors.joining("|"))));
      default -> StringColumn.create(name, rows.stream().map(r -> r.get(name) == null ? null : r.get(name).toString()));
    };
  }
}
