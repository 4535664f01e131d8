package org.newsfigures.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.io.parquet.ParquetIO;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroReadSupport;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;

/**
 * The table files of one output version, {@code <version>/<table>/part-NNNNN.parquet}, read and written through
 * Beam's file systems so that the same code works on a local disk and on a cluster's shared store.
 */
public final class ParquetFiles {
  private static final String WRITE_OLD_LIST_STRUCTURE = "parquet.avro.write-old-list-structure";
  private ParquetFiles() {}

  public static ResourceId shardFile(String version, Table table, int shard) {
    return FileSystems.matchNewResource(version, true)
        .resolve(table.tableName(), StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(SortedRows.fileName(shard), StandardResolveOptions.RESOLVE_FILE);
  }

  /** Every row of a version's table, as the row record it holds ({@link RecordRows#fromAvro}). */
  public static <R extends Record> List<R> records(String version, Table table, Class<R> rowType) throws IOException {
    RecordRows<R> rows = new RecordRows<>(table, rowType);
    List<R> records = new ArrayList<>();
    forEachRow(version, table, row -> records.add(rows.fromAvro(row)));
    return records;
  }

  /** Every row of a table in {@code version}, in row order; none when it has no files. */
  public static void forEachRow(String version, Table table, Consumer<GenericRecord> action) throws IOException {
    for (ResourceId file : tableFiles(version, table)) {
      forEachRow(file, action);
    }
  }

  /** The table's files in {@code version}, in name order (which is row order); none when it has none. */
  public static List<ResourceId> tableFiles(String version, Table table) throws IOException {
    String pattern = FileSystems.matchNewResource(version, true)
        .resolve(table.tableName(), StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve("*.parquet", StandardResolveOptions.RESOLVE_FILE).toString();
    MatchResult match = FileSystems.match(pattern);
    List<ResourceId> files = new ArrayList<>();
    if (match.status() == MatchResult.Status.OK) {
      match.metadata().forEach(m -> files.add(m.resourceId()));
    }
    files.sort((a, b) -> a.toString().compareTo(b.toString()));
    return files;
  }

  public static boolean exists(ResourceId file) throws IOException {
    return FileSystems.match(file.toString()).status() == MatchResult.Status.OK;
  }

  /** Every row of a file, in the schema it was written with, in file order. */
  public static void forEachRow(ResourceId file, Consumer<GenericRecord> action) throws IOException {
    forEachRow(file, null, action);
  }

  /**
   * Every row of a table's files, given by name, in name order (which is row order), with only the columns of
   * {@code projection} (all when null) decoded.
   */
  public static void forEachRow(Collection<String> files, Schema projection, Consumer<GenericRecord> action)
      throws IOException {
    for (String name : files.stream().sorted().toList()) {
      forEachRow(FileSystems.matchNewResource(name, false), projection, action);
    }
  }

  /** Every row of a file, in file order, with only the columns of {@code projection} (all when null) decoded. */
  public static void forEachRow(ResourceId file, Schema projection, Consumer<GenericRecord> action)
      throws IOException {
    Configuration conf = new Configuration(false);
    if (projection != null) {
      AvroReadSupport.setRequestedProjection(conf, projection);
      // The projection is matched against the file as written: lists in three levels.
      conf.setBoolean(WRITE_OLD_LIST_STRUCTURE, false);
    }
    try (SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(file);
        ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new ChannelInputFile(channel))
            .withDataModel(GenericData.get())
            .withConf(conf)
            .build()) {
      for (GenericRecord row = reader.read(); row != null; row = reader.read()) {
        action.accept(row);
      }
    }
  }

  /** How many rows a file holds, from its footer. */
  public static long rowCount(ResourceId file) throws IOException {
    try (SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(file);
        ParquetFileReader reader = ParquetFileReader.open(new ChannelInputFile(channel))) {
      return reader.getRecordCount();
    }
  }

  /** The table's schema with only the named columns, in the table's order: a projection to read. */
  public static Schema projection(Table table, Collection<String> columns) {
    Schema full = table.schema();
    List<Schema.Field> fields = full.getFields().stream().filter(f -> columns.contains(f.name()))
        .map(f -> new Schema.Field(f, f.schema())).toList();
    return Schema.createRecord(full.getName(), full.getDoc(), full.getNamespace(), false, fields);
  }

  /**
   * Writes rows, already in table order, as one file; an empty list gives a file holding only the schema. The file
   * is built in memory (a shard is megabytes) so its footer can be made the same in every JVM before it is written.
   */
  public static void write(Table table, ResourceId file, List<GenericRecord> rows) throws IOException {
    // Three-level lists: the layout pandas, Polars, DuckDB and Spark all read as lists.
    ParquetIO.Sink sink = ParquetIO.sink(table.schema())
        .withConfiguration(Map.of(WRITE_OLD_LIST_STRUCTURE, "false"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (WritableByteChannel memory = Channels.newChannel(bytes)) {
      sink.open(memory);
      for (GenericRecord row : rows) {
        sink.write(row);
      }
      sink.flush();
    }
    byte[] parquet = bytes.toByteArray();
    ParquetFooter.sortEncodings(parquet);
    try (WritableByteChannel channel = FileSystems.create(file, "application/octet-stream")) {
      ByteBuffer buffer = ByteBuffer.wrap(parquet);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  /**
   * Makes {@code to} the same file as {@code from}, an unchanged shard of the previous version: a hard link on a
   * local disk (no bytes copied, and removing the old version later leaves it intact), a copy elsewhere.
   */
  public static void reuse(ResourceId from, ResourceId to) throws IOException {
    if ("file".equals(from.getScheme()) && "file".equals(to.getScheme())) {
      Path source = Path.of(from.toString());
      Path target = Path.of(to.toString());
      Files.createDirectories(target.getParent());
      try {
        Files.deleteIfExists(target); // a retried bundle finds its own earlier link
        Files.createLink(target, source);
        return;
      } catch (UnsupportedOperationException | IOException e) {
        // no hard links on this file system, or the versions are on different devices: copy below
      }
    }
    FileSystems.copy(List.of(from), List.of(to));
  }
}
