package org.newsfigures.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.apache.parquet.avro.AvroParquetReader;
import org.apache.parquet.avro.AvroParquetWriter;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.LocalOutputFile;

/**
 * The runs table, kept by the launcher (not the pipeline: a run's row is complete only once the pipeline is done).
 * Each run writes the previous rows plus its own into its version, so the table is published like the others.
 */
public final class RunsLog {
  private final RecordRows<RunRow> rows = new RecordRows<>(Table.RUNS, RunRow.class);

  /** The row for a run found dead: its lock was left behind by a process that no longer runs. */
  public GenericRecord killedRow(RunLock.Holder holder, String fingerprint) {
    long started = parseOrZero(holder.startedAt());
    String runId = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(java.time.ZoneOffset.UTC).format(java.time.Instant.ofEpochMilli(started)) + "-" + holder.pid();
    return rows.toAvro(new RunRow(runId, started, null, "killed", null, 0, 0, 0, 0, 0, 0, 0, 0, null,
        fingerprint, "unknown", "the process (pid " + holder.pid() + ") ended without finishing; its output was discarded"));
  }

  private static long parseOrZero(String instant) {
    try {
      return java.time.Instant.parse(instant).toEpochMilli();
    } catch (java.time.format.DateTimeParseException e) {
      return 0L;
    }
  }

  /** The rows of a published runs folder; none when there is none yet. */
  public List<GenericRecord> read(Path runsDir) throws IOException {
    List<GenericRecord> out = new ArrayList<>();
    if (!Files.isDirectory(runsDir)) {
      return out;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(runsDir)) {
      files = list.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    for (Path file : files) {
      try (ParquetReader<GenericRecord> reader = AvroParquetReader.<GenericRecord>builder(new LocalInputFile(file)).build()) {
        for (GenericRecord r = reader.read(); r != null; r = reader.read()) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /**
   * Writes {@code previous} plus {@code run} to {@code <version>/runs/part-00000.parquet}, sorted by start, and the
   * same rows to {@code <version>/arrow/runs.arrow} beside the pipeline's Arrow files.
   */
  public void write(Path version, List<GenericRecord> previous, RunRow run) throws IOException {
    List<GenericRecord> all = new ArrayList<>(previous);
    all.add(rows.toAvro(run));
    all.sort(Comparator.comparing((GenericRecord r) -> (Long) r.get("started_at"))
        .thenComparing(r -> r.get("run_id").toString()));
    Path dir = Files.createDirectories(version.resolve(Table.RUNS.tableName()));
    try (ParquetWriter<GenericRecord> writer =
        AvroParquetWriter.<GenericRecord>builder(new LocalOutputFile(dir.resolve(SortedRows.fileName(0))))
            .withSchema(rows.schema())
            .withWriteMode(org.apache.parquet.hadoop.ParquetFileWriter.Mode.OVERWRITE)
            .build()) {
      for (GenericRecord r : all) {
        writer.write(r);
      }
    }
    Path arrow = Files.createDirectories(version.resolve("arrow"));
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(arrow.resolve("runs.arrow"),
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING,
        java.nio.file.StandardOpenOption.WRITE)) {
      ArrowTableWriter.write(rows.schema(), all, channel);
    }
  }
}
