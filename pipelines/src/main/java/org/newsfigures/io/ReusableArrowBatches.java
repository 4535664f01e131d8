package org.newsfigures.io;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The batches of a table's Arrow file in the previous version, by the Parquet file they were made from: a re-run
 * copies those of the files it reused (hard links to the previous version's, so the same bytes) instead of
 * converting their rows again. Each file's rows are whole batches ({@link ArrowTableWriter#endSource}), so a
 * file's batches follow from the row counts of the files before it. On a store without hard links nothing is
 * reused, and every file is converted.
 */
public final class ReusableArrowBatches {
  /** Batches {@code from} (inclusive) to {@code to} (exclusive) of the previous Arrow file hold the file's rows. */
  public record Batches(int from, int to, long rows) {}

  /** Nothing to reuse: a first or full run's view of the previous version. */
  public static final ReusableArrowBatches NONE = new ReusableArrowBatches(null, Map.of(), Map.of());

  private final ResourceId arrowFile;
  private final Map<String, ResourceId> previousFiles; // by file name
  private final Map<String, Batches> batches; // by file name

  private ReusableArrowBatches(ResourceId arrowFile, Map<String, ResourceId> previousFiles,
      Map<String, Batches> batches) {
    this.arrowFile = arrowFile;
    this.previousFiles = previousFiles;
    this.batches = batches;
  }

  /**
   * The batches of {@code arrowFile}, the previous version's Arrow file of {@code table}; none when it is missing or
   * does not have the batches its Parquet files' row counts imply.
   */
  public static ReusableArrowBatches of(String previousVersion, Table table, ResourceId arrowFile) throws IOException {
    if (!ParquetFiles.exists(arrowFile)) {
      return NONE;
    }
    Map<String, ResourceId> files = new HashMap<>();
    Map<String, Batches> batches = new HashMap<>();
    int next = 0;
    for (ResourceId file : ParquetFiles.tableFiles(previousVersion, table)) {
      long rows = ParquetFiles.rowCount(file);
      int count = ArrowTableWriter.batchesOf(rows);
      files.put(file.getFilename(), file);
      batches.put(file.getFilename(), new Batches(next, next + count, rows));
      next += count;
    }
    try (SeekableByteChannel channel = (SeekableByteChannel) FileSystems.open(arrowFile)) {
      // An empty table is written as one empty batch: nothing to reuse then, nor after any mismatch.
      if (next == 0 || ArrowTableWriter.batchCount(channel) != next) {
        return NONE;
      }
    }
    return new ReusableArrowBatches(arrowFile, files, batches);
  }

  public ResourceId arrowFile() {
    return arrowFile;
  }

  /** Where the previous Arrow file holds {@code file}'s rows, if it is the previous version's file of that name. */
  public Optional<Batches> of(ResourceId file) throws IOException {
    ResourceId previous = previousFiles.get(file.getFilename());
    if (previous == null || !"file".equals(file.getScheme()) || !"file".equals(previous.getScheme())
        || !Files.isSameFile(Path.of(file.toString()), Path.of(previous.toString()))) {
      return Optional.empty();
    }
    return Optional.of(batches.get(file.getFilename()));
  }
}
