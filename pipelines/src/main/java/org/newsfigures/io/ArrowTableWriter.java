package org.newsfigures.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.TimeStampMilliTZVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.complex.impl.UnionListWriter;
import org.apache.arrow.vector.ipc.ArrowFileReader;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.apache.arrow.vector.ipc.message.ArrowBlock;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;

/**
 * Writes a table's rows, in the order given, as one Arrow IPC file (Feather v2) whose columns are the table's
 * Avro columns: string → Utf8, int → Int32, long → Int64, double → Float64, date → Date32, array of string →
 * List&lt;Utf8&gt;; a union with null is a nullable column. No timestamps or other run-specific metadata, so the
 * same rows give the same bytes.
 */
public final class ArrowTableWriter implements AutoCloseable {
  /** Rows per record batch: bounds the memory a batch takes while keeping batches few. */
  static final int BATCH_ROWS = 65_536;

  private final Schema table;
  private final BufferAllocator allocator;
  private final VectorSchemaRoot root;
  private final ArrowFileWriter writer;
  private final List<GenericRecord> batch = new ArrayList<>();
  private boolean wroteBatch;

  private ArrowTableWriter(Schema table, WritableByteChannel channel) throws IOException {
    this.table = table;
    List<Field> fields = table.getFields().stream().map(ArrowTableWriter::arrowField).toList();
    this.allocator = new RootAllocator();
    this.root = VectorSchemaRoot.create(new org.apache.arrow.vector.types.pojo.Schema(fields), allocator);
    this.writer = new ArrowFileWriter(root, null, channel);
    writer.start();
  }

  /** A writer that takes rows one at a time, so a table of any size is written in the memory of one batch. */
  public static ArrowTableWriter open(Schema table, WritableByteChannel channel) throws IOException {
    return new ArrowTableWriter(table, channel);
  }

  public static void write(Schema table, List<GenericRecord> rows, WritableByteChannel channel) throws IOException {
    try (ArrowTableWriter writer = open(table, channel)) {
      for (GenericRecord row : rows) {
        writer.write(row);
      }
    }
  }

  public void write(GenericRecord row) throws IOException {
    batch.add(row);
    if (batch.size() == BATCH_ROWS) {
      flush();
    }
  }

  /**
   * Ends the rows of one source file: a batch never holds rows of two files, so that a re-run can copy the batches
   * of a file that did not change ({@link #copyBatches}).
   */
  public void endSource() throws IOException {
    if (!batch.isEmpty()) {
      flush();
    }
  }

  /** How many batches a source file of {@code rows} rows is written as. */
  public static int batchesOf(long rows) {
    return (int) ((rows + BATCH_ROWS - 1) / BATCH_ROWS);
  }

  /**
   * Copies batches {@code from} (inclusive) to {@code to} (exclusive) of an Arrow file written by this class with
   * the same schema, as they are: no row is decoded or encoded again, and the bytes are those a rewrite of the
   * same rows would give.
   */
  public void copyBatches(SeekableByteChannel file, int from, int to) throws IOException {
    endSource();
    // A child of this writer's allocator: the loaded buffers move into this writer's vectors.
    try (BufferAllocator reading = allocator.newChildAllocator("previous-version", 0, Long.MAX_VALUE);
        ArrowFileReader reader = new ArrowFileReader(file, reading)) {
      List<ArrowBlock> blocks = reader.getRecordBlocks();
      VectorLoader loader = new VectorLoader(root);
      for (int i = from; i < to; i++) {
        reader.loadRecordBatch(blocks.get(i));
        try (ArrowRecordBatch loaded = new VectorUnloader(reader.getVectorSchemaRoot()).getRecordBatch()) {
          loader.load(loaded);
        }
        writer.writeBatch();
        root.clear(); // before the reading allocator closes
        wroteBatch = true;
      }
    }
  }

  /** How many batches an Arrow file holds. */
  public static int batchCount(SeekableByteChannel file) throws IOException {
    try (BufferAllocator reading = new RootAllocator();
        ArrowFileReader reader = new ArrowFileReader(file, reading)) {
      return reader.getRecordBlocks().size();
    }
  }

  private void flush() throws IOException {
    root.allocateNew();
    for (Schema.Field column : table.getFields()) {
      FieldVector vector = root.getVector(column.name());
      for (int i = 0; i < batch.size(); i++) {
        set(vector, i, batch.get(i).get(column.pos()));
      }
      vector.setValueCount(batch.size());
    }
    root.setRowCount(batch.size());
    writer.writeBatch();
    batch.clear();
    wroteBatch = true;
  }

  /** Writes the last batch (an empty table still gets one, so readers see its columns) and the file's footer. */
  @Override
  public void close() throws IOException {
    try (allocator; root; writer) {
      if (!batch.isEmpty() || !wroteBatch) {
        flush();
      }
      writer.end();
    }
  }

  static Field arrowField(Schema.Field column) {
    Schema type = column.schema();
    boolean nullable = type.getType() == Schema.Type.UNION;
    if (nullable) {
      type = type.getTypes().stream().filter(t -> t.getType() != Schema.Type.NULL).findFirst().orElseThrow();
    }
    if (type.getType() == Schema.Type.ARRAY) {
      Field element = new Field("element", FieldType.nullable(arrowType(type.getElementType())), null);
      return new Field(column.name(), new FieldType(nullable, ArrowType.List.INSTANCE, null), List.of(element));
    }
    return new Field(column.name(), new FieldType(nullable, arrowType(type), null), null);
  }

  private static ArrowType arrowType(Schema type) {
    if (type.getLogicalType() instanceof LogicalTypes.Date) {
      return new ArrowType.Date(DateUnit.DAY);
    }
    if (type.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
      return new ArrowType.Timestamp(TimeUnit.MILLISECOND, "UTC");
    }
    return switch (type.getType()) {
      case STRING -> ArrowType.Utf8.INSTANCE;
      case INT -> new ArrowType.Int(32, true);
      case LONG -> new ArrowType.Int(64, true);
      case DOUBLE -> new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE);
      default -> throw new IllegalArgumentException("no Arrow column type for Avro " + type);
    };
  }

  private static void set(FieldVector vector, int row, Object value) {
    if (value == null) {
      vector.setNull(row);
      return;
    }
    if (vector instanceof VarCharVector strings) {
      if (value instanceof Utf8 utf8) { // as Parquet's Avro reader gives strings: already UTF-8 bytes
        strings.setSafe(row, utf8.getBytes(), 0, utf8.getByteLength());
      } else {
        strings.setSafe(row, value.toString().getBytes(StandardCharsets.UTF_8));
      }
    } else if (vector instanceof DateDayVector dates) {
      dates.setSafe(row, (Integer) value); // Avro's date is days since the epoch too
    } else if (vector instanceof TimeStampMilliTZVector times) {
      times.setSafe(row, (Long) value); // Avro's timestamp-millis is epoch milliseconds too
    } else if (vector instanceof IntVector ints) {
      ints.setSafe(row, (Integer) value);
    } else if (vector instanceof BigIntVector longs) {
      longs.setSafe(row, (Long) value);
    } else if (vector instanceof Float8Vector doubles) {
      doubles.setSafe(row, (Double) value);
    } else if (vector instanceof ListVector lists) {
      setList(lists, row, (Collection<?>) value);
    } else {
      throw new IllegalArgumentException("unsupported column " + vector.getField());
    }
  }

  private static void setList(ListVector lists, int row, Collection<?> values) {
    UnionListWriter writer = lists.getWriter();
    writer.setPosition(row);
    writer.startList();
    for (Object value : values) {
      writer.writeVarChar(value.toString());
    }
    writer.endList();
  }
}
