package org.newsfigures.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import org.newsfigures.core.incremental.InputFile;

/**
 * Written into each published version: the input files that version was made from, with their content hashes, the
 * fingerprint of the code and reference data that made it, and the number of shards its per-article tables are
 * split into. A re-run reuses rows only under the same fingerprint and shard count. {@code keptRemoved} lists the
 * articles whose files are gone but whose rows {@code --keep-removed} kept, and {@code stats} the settled input
 * files' stats, by which the next run knows a file unchanged without reading it (both empty in older manifests).
 */
public record RunManifest(String runId, String fingerprint, int shards, List<InputFile> inputs,
    List<InputFile> keptRemoved, Map<String, String> stats) {

  public RunManifest {
    keptRemoved = keptRemoved == null ? List.of() : List.copyOf(keptRemoved);
    stats = stats == null ? Map.of() : new TreeMap<>(stats); // sorted, so the file reads well and diffs
  }

  /** The input files this version read as text, with their stats: what a re-run need not read again. */
  public Map<String, InputInventory.KnownFile> knownFiles() {
    Map<String, InputInventory.KnownFile> known = new HashMap<>();
    for (InputFile input : inputs) {
      String stat = stats.get(input.sourceFile());
      if (stat != null && input.contentSha256() != null) {
        known.put(input.sourceFile(), new InputInventory.KnownFile(stat, input.contentSha256()));
      }
    }
    return known;
  }

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  static final String FILE_NAME = "manifest.json";

  public void writeTo(Path version) throws IOException {
    JSON.writeValue(version.resolve(FILE_NAME).toFile(), this);
  }

  /** The manifest of {@code version}, if it has one that reads. */
  public static Optional<RunManifest> readFrom(Path version) {
    Path file = version.resolve(FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readValue(file.toFile(), RunManifest.class));
    } catch (IOException e) {
      return Optional.empty(); // unreadable: the run rebuilds in full
    }
  }
}
