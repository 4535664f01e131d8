package org.newsfigures.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;

/**
 * A re-run copies the Arrow batches of the Parquet files it reused (hard links to the previous version's) and gets
 * the bytes a rewrite would give; a file it wrote anew, or a previous Arrow file laid out otherwise, is not reused.
 */
class ReusableArrowBatchesTest {
  private static final Table TABLE = Table.REJECTS;
  private static final RecordRows<Reject> ROWS = new RecordRows<>(TABLE, Reject.class);

  @TempDir Path previous;
  @TempDir Path current;

  private static List<GenericRecord> rows(String prefix, int count) {
    return IntStream.range(0, count)
        .mapToObj(i -> ROWS.toAvro(new Reject(prefix + i + ".txt", RejectReason.EMPTY, "The file is empty.", 0L)))
        .toList();
  }

  private static ResourceId file(Path version, int shard) {
    return ParquetFiles.shardFile(version.toString(), TABLE, shard);
  }

  /** Writes an Arrow file of the files' rows, each file's rows whole batches unless {@code perFile} is false. */
  private static byte[] arrow(Path target, boolean perFile, List<List<GenericRecord>> files) throws IOException {
    Files.createDirectories(target.getParent());
    try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ArrowTableWriter writer = ArrowTableWriter.open(TABLE.schema(), channel)) {
      for (List<GenericRecord> rows : files) {
        for (GenericRecord row : rows) {
          writer.write(row);
        }
        if (perFile) {
          writer.endSource();
        }
      }
    }
    return Files.readAllBytes(target);
  }

  @Test
  void theBatchesOfALinkedFileAreCopiedAndGiveTheBytesOfARewrite() throws IOException {
    List<GenericRecord> kept = rows("kept", 3);
    List<GenericRecord> dropped = rows("dropped", 2);
    List<GenericRecord> fresh = rows("fresh", 4);
    ParquetFiles.write(TABLE, file(previous, 0), kept);
    ParquetFiles.write(TABLE, file(previous, 1), dropped);
    Path previousArrow = previous.resolve("arrow/rejects.arrow");
    arrow(previousArrow, true, List.of(kept, dropped));
    Files.createDirectories(current.resolve("rejects"));
    Files.createLink(Path.of(file(current, 0).toString()), Path.of(file(previous, 0).toString()));
    ParquetFiles.write(TABLE, file(current, 1), fresh);

    ReusableArrowBatches reusable = ReusableArrowBatches.of(previous.toString(), TABLE,
        FileSystems.matchNewResource(previousArrow.toString(), false));

    assertEquals(Optional.of(new ReusableArrowBatches.Batches(0, 1, 3)), reusable.of(file(current, 0)));
    assertEquals(Optional.empty(), reusable.of(file(current, 1)), "written anew, not linked");
    Path copied = current.resolve("arrow/copied.arrow");
    Files.createDirectories(copied.getParent());
    try (FileChannel channel = FileChannel.open(copied, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        ArrowTableWriter writer = ArrowTableWriter.open(TABLE.schema(), channel)) {
      try (FileChannel from = FileChannel.open(previousArrow)) {
        writer.copyBatches(from, 0, 1);
      }
      for (GenericRecord row : fresh) {
        writer.write(row);
      }
      writer.endSource();
    }
    byte[] rewritten = arrow(current.resolve("arrow/rewritten.arrow"), true, List.of(kept, fresh));
    assertArrayEquals(rewritten, Files.readAllBytes(copied));
  }

  @Test
  void aPreviousArrowFileWhoseBatchesSpanFilesIsNotReused() throws IOException {
    List<GenericRecord> kept = rows("kept", 3);
    ParquetFiles.write(TABLE, file(previous, 0), kept);
    ParquetFiles.write(TABLE, file(previous, 1), rows("other", 2));
    Path previousArrow = previous.resolve("arrow/rejects.arrow");
    arrow(previousArrow, false, List.of(kept, rows("other", 2))); // one batch of five rows
    Files.createDirectories(current.resolve("rejects"));
    Files.createLink(Path.of(file(current, 0).toString()), Path.of(file(previous, 0).toString()));

    ReusableArrowBatches reusable = ReusableArrowBatches.of(previous.toString(), TABLE,
        FileSystems.matchNewResource(previousArrow.toString(), false));

    assertTrue(reusable.of(file(current, 0)).isEmpty());
  }
}
