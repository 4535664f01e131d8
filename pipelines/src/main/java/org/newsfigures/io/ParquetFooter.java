package org.newsfigures.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Makes a Parquet file's footer the same in every JVM. parquet-java lists each column chunk's encodings in the
 * order of a {@code HashSet} of enum constants, whose hash is the identity hash, so two processes writing the same
 * rows write footers that differ in that order (apache/parquet-java#3215, open). Sorting the lists by encoding
 * number leaves the footer's length and meaning as they were.
 */
final class ParquetFooter {
  private static final int TAIL = 8; // footer length (4 bytes, little-endian) and the magic "PAR1"

  private ParquetFooter() {}

  /** Rewrites, in place, the footer of a complete Parquet file held in memory. */
  static void sortEncodings(byte[] file) throws IOException {
    int footerLength = ByteBuffer.wrap(file, file.length - TAIL, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int footerStart = file.length - TAIL - footerLength;
    FileMetaData footer = Util.readFileMetaData(new ByteArrayInputStream(file, footerStart, footerLength));
    for (RowGroup rowGroup : footer.getRow_groups()) {
      for (ColumnChunk column : rowGroup.getColumns()) {
        List<Encoding> encodings = new ArrayList<>(column.getMeta_data().getEncodings());
        encodings.sort(Comparator.comparingInt(Encoding::getValue));
        column.getMeta_data().setEncodings(encodings);
      }
    }
    ByteArrayOutputStream sorted = new ByteArrayOutputStream(footerLength);
    Util.writeFileMetaData(footer, sorted);
    if (sorted.size() != footerLength) {
      throw new IllegalStateException("re-encoding a Parquet footer changed its length: " + footerLength + " to "
          + sorted.size());
    }
    System.arraycopy(sorted.toByteArray(), 0, file, footerStart, footerLength);
  }
}
