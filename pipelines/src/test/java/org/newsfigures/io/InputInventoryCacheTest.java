package org.newsfigures.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.incremental.InputFile;

/** A re-run takes an unchanged file's hash from the last run instead of reading it; any write makes it read again. */
class InputInventoryCacheTest {
  private static final long MAX = 5_000_000;
  private static final String NOT_ITS_HASH = "f".repeat(64);

  @TempDir Path root;

  private static String hashOf(InputInventory inventory, String path) {
    return inventory.files().stream().filter(f -> f.sourceFile().equals(path)).map(InputFile::contentSha256)
        .findFirst().orElseThrow();
  }

  @Test
  void aFileWhoseStatIsAsRecordedIsNotReadAgain() throws Exception {
    Files.writeString(root.resolve("a.txt"), "Exports rose 12% in 2023.\n");
    Files.writeString(root.resolve("b.txt"), "Imports fell 3% in 2024.\n");
    Instant later = Instant.now().plusSeconds(60); // both files are settled by then
    InputInventory first = InputInventory.of(root, MAX, Map.of(), later);
    assertEquals(Set.of("a.txt", "b.txt"), first.stats().keySet());

    // A hash that is not a's shows it was taken from "the last run", not read.
    Map<String, InputInventory.KnownFile> known = Map.of(
        "a.txt", new InputInventory.KnownFile(first.stats().get("a.txt"), NOT_ITS_HASH),
        "b.txt", new InputInventory.KnownFile("0:0:0:0", NOT_ITS_HASH));
    InputInventory second = InputInventory.of(root, MAX, known, later);
    assertEquals(NOT_ITS_HASH, hashOf(second, "a.txt"));
    assertEquals(hashOf(first, "b.txt"), hashOf(second, "b.txt"), "a stat that differs: the file is read");
    assertEquals(1, second.reused());
  }

  @Test
  void aRewriteOfTheSameSizeWithItsOldTimeIsStillRead() throws Exception {
    Path a = root.resolve("a.txt");
    Files.writeString(a, "Exports rose 12% in 2023.\n");
    FileTime modified = Files.getLastModifiedTime(a);
    String before = InputInventory.statOf(a);
    assertNotNull(before, "this file system has inodes and change times");

    Files.writeString(a, "Exports rose 13% in 2023.\n");
    Files.setLastModifiedTime(a, modified);
    String after = InputInventory.statOf(a);
    assertNotEquals(before, after, "the change time moved, though size and modification time are as before");

    InputInventory again = InputInventory.of(root, MAX,
        Map.of("a.txt", new InputInventory.KnownFile(before, NOT_ITS_HASH)), Instant.now().plusSeconds(60));
    assertNotEquals(NOT_ITS_HASH, hashOf(again, "a.txt"));
  }

  @Test
  void aFileChangedJustBeforeTheListingIsNotRecorded() throws Exception {
    Files.writeString(root.resolve("a.txt"), "Exports rose 12% in 2023.\n");
    InputInventory now = InputInventory.of(root, MAX, Map.of(), Instant.now());
    assertEquals(Map.of(), now.stats(), "it may change again within the clock's tick: read it next time too");
  }

  @Test
  void aKnownFileNowOverTheSizeLimitIsRejectedNotReused() throws Exception {
    Files.writeString(root.resolve("a.txt"), "Exports rose 12% in 2023.\n");
    Instant later = Instant.now().plusSeconds(60);
    String stat = InputInventory.of(root, MAX, Map.of(), later).stats().get("a.txt");
    InputInventory small = InputInventory.of(root, 10, Map.of("a.txt", new InputInventory.KnownFile(stat,
        NOT_ITS_HASH)), later);
    assertEquals("too_large", small.rejects().get(0).reason());
  }
}
