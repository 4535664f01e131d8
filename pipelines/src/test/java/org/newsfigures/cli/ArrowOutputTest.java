package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.sql.Array;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsfigures.io.Table;

/** output/arrow/&lt;table&gt;.arrow, read back with Arrow's own reader, holds the Parquet table's rows in its order. */
class ArrowOutputTest {
  @TempDir static Path output;

  @BeforeAll
  static void runOnSeeds() {
    PipelineRun.run(PipelineRun.SEEDS, output);
  }

  @ParameterizedTest
  @EnumSource(Table.class)
  void arrowHoldsTheParquetRowsInOrder(Table table) throws Exception {
    List<List<Object>> parquet = new ArrayList<>();
    for (Map<String, Object> row : PipelineRun.query("select * exclude (filename, file_row_number) from read_parquet('"
        + output.resolve(table.tableName()).toAbsolutePath() + "/*.parquet', filename = true, file_row_number = true)"
        + " order by filename, file_row_number")) {
      parquet.add(row.values().stream().map(ArrowOutputTest::plain).toList());
    }
    List<List<Object>> arrow = readArrow(output.resolve("arrow").resolve(table.tableName() + ".arrow"));
    assertEquals(parquet, arrow);
  }

  @org.junit.jupiter.api.Test
  void seedFiguresAreAllThere() throws Exception {
    List<List<Object>> figures = readArrow(output.resolve("arrow/figures.arrow"));
    assertEquals(35, figures.size());
    assertTrue(figures.stream().anyMatch(f -> f.contains("C$118.7 billion") && f.contains(118.7e9)));
  }

  private static List<List<Object>> readArrow(Path file) throws Exception {
    List<List<Object>> rows = new ArrayList<>();
    try (RootAllocator allocator = new RootAllocator();
        FileChannel channel = FileChannel.open(file);
        ArrowFileReader reader = new ArrowFileReader(channel, allocator)) {
      while (reader.loadNextBatch()) {
        VectorSchemaRoot root = reader.getVectorSchemaRoot();
        for (int i = 0; i < root.getRowCount(); i++) {
          List<Object> row = new ArrayList<>();
          for (FieldVector vector : root.getFieldVectors()) {
            Object value = vector.getObject(i);
            row.add(value == null ? null
                : vector instanceof DateDayVector ? LocalDate.ofEpochDay((Integer) value)
                : vector instanceof TimeStampMilliTZVector ? Instant.ofEpochMilli((Long) value)
                : plain(value));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** One representation for both readers: strings, lists of strings, boxed numbers, dates, instants. */
  private static Object plain(Object value) {
    try {
      if (value instanceof Array array) {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
      }
      if (value instanceof List<?> list) {
        return list.stream().map(String::valueOf).toList();
      }
      if (value instanceof java.time.OffsetDateTime time) {
        return time.toInstant(); // DuckDB's TIMESTAMPTZ; Arrow's is epoch milliseconds in UTC
      }
      if (value instanceof CharSequence || value instanceof org.apache.arrow.vector.util.Text) {
        return value.toString();
      }
      return value;
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
