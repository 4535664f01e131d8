package org.newsfigures.core.reference;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads one reference table shipped under {@code seeds/reference/} (packaged in the jar as {@code reference/}).
 * Lines starting with '#' are the file's provenance notes and are skipped; the first other line is the header.
 */
public final class ReferenceCsv {
  private ReferenceCsv() {}

  /** Rows of {@code reference/<name>.csv} as column-name → value maps, empty cells as "". */
  public static List<Map<String, String>> rows(String name) {
    String resource = "/reference/" + name + ".csv";
    try (InputStream in = ReferenceCsv.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("reference table missing from the classpath: " + resource);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference table " + resource, e);
    }
  }

  /** Rows of a reference table on disk, read the same way (for the commands that regenerate one). */
  public static List<Map<String, String>> rows(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  private static List<Map<String, String>> read(InputStream in) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    try (MappingIterator<Map<String, String>> it =
        mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
      return it.readAll();
    }
  }
}
