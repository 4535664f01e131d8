package org.newsfigures.core.incremental;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a re-run must process, from the input as it is now and as the last published run saw it.
 *
 * <p>A file is new (path not seen before), changed (its content hash differs), removed (seen before, gone now)
 * or unchanged. New and changed files are processed; so is every file whose content equals that of a new,
 * changed or removed file, because which of two twins is the article ("first by path") may change with them.
 * The rows of every other file are carried from the previous output unchanged. The result equals a full rebuild.
 *
 * @param process files to run through the pipeline (relative paths, sorted)
 * @param carried files whose previous rows are kept (relative paths, sorted)
 * @param newFiles count of paths not seen before
 * @param changed count of paths whose content changed
 * @param removed count of paths gone since the last run
 * @param unchanged count of paths with the same content as before
 * @param touchedContents content hashes whose rows in the previous output are replaced or gone: those of new,
 *     changed (before and after) and removed files; empty on a full run, which carries nothing
 */
public record IncrementalPlan(
    Set<String> process, Set<String> carried, int newFiles, int changed, int removed, int unchanged,
    Set<String> touchedContents) {

  public IncrementalPlan {
    process = Set.copyOf(new TreeSet<>(process));
    carried = Set.copyOf(new TreeSet<>(carried));
    touchedContents = Set.copyOf(touchedContents);
  }

  /** Everything is processed: a first run, {@code --full}, or a previous run made by other code or data. */
  public static IncrementalPlan full(List<InputFile> now) {
    Set<String> all = now.stream().map(InputFile::sourceFile).collect(Collectors.toSet());
    return new IncrementalPlan(all, Set.of(), all.size(), 0, 0, 0, Set.of());
  }

  public static IncrementalPlan between(List<InputFile> before, List<InputFile> now) {
    Map<String, InputFile> previous = byPath(before);
    Map<String, InputFile> current = byPath(now);
    Set<String> touchedContents = new HashSet<>();
    int newFiles = 0;
    int changed = 0;
    int unchanged = 0;
    Set<String> process = new HashSet<>();
    for (InputFile file : now) {
      InputFile old = previous.get(file.sourceFile());
      if (old == null) {
        newFiles++;
      } else if (!Objects.equals(old.contentSha256(), file.contentSha256())) {
        changed++;
        touchedContents.add(old.contentSha256());
      } else {
        unchanged++;
        continue;
      }
      process.add(file.sourceFile());
      touchedContents.add(file.contentSha256());
    }
    int removed = 0;
    for (InputFile old : before) {
      if (!current.containsKey(old.sourceFile())) {
        removed++;
        touchedContents.add(old.contentSha256());
      }
    }
    touchedContents.remove(null); // rejects share no content with anything
    Set<String> carried = new HashSet<>();
    for (InputFile file : now) {
      if (process.contains(file.sourceFile())) {
        continue;
      }
      if (touchedContents.contains(file.contentSha256())) {
        process.add(file.sourceFile());
      } else {
        carried.add(file.sourceFile());
      }
    }
    return new IncrementalPlan(process, carried, newFiles, changed, removed, unchanged, touchedContents);
  }

  private static Map<String, InputFile> byPath(List<InputFile> files) {
    return files.stream().collect(Collectors.toMap(InputFile::sourceFile, Function.identity()));
  }
}
