package org.newsfigures.dev.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a spec file (one JSON case a line) from the suite folder at run time; nothing is copied. */
public final class SuiteReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private SuiteReader() {}

  public static List<SpecCase> read(Path suiteDir, Suite suite) {
    Path file = suiteDir.resolve(suite.file());
    List<SpecCase> cases = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (!line.isBlank()) {
          cases.add(JSON.readValue(line, SpecCase.class));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read spec file " + file, e);
    }
    return cases;
  }
}
