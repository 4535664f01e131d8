package org.newsfigures.core.incremental;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
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
 * @param keptRemoved with {@code --keep-removed}: the articles whose files are gone but whose rows stay, flagged,
 *     one file (the last path seen) per content; they are neither processed nor touched
 * @param newlyRemoved contents of {@code keptRemoved} whose files this run found gone: their rows get the flag
 */
public record IncrementalPlan(
    Set<String> process, Set<String> carried, int newFiles, int changed, int removed, int unchanged,
    Set<String> touchedContents, List<InputFile> keptRemoved, Set<String> newlyRemoved) {

  public IncrementalPlan {
    process = Set.copyOf(new TreeSet<>(process));
    carried = Set.copyOf(new TreeSet<>(carried));
    touchedContents = Set.copyOf(touchedContents);
    keptRemoved = keptRemoved.stream().sorted(Comparator.comparing(InputFile::sourceFile)).toList();
    newlyRemoved = Set.copyOf(newlyRemoved);
  }

  /** Everything is processed: a first run, {@code --full}, or a previous run made by other code or data. */
  public static IncrementalPlan full(List<InputFile> now) {
    Set<String> all = now.stream().map(InputFile::sourceFile).collect(Collectors.toSet());
    return new IncrementalPlan(all, Set.of(), all.size(), 0, 0, 0, Set.of(), List.of(), Set.of());
  }

  /** Every present file processed, the counts and the kept articles of {@code changes} (a forced full run). */
  public IncrementalPlan asFull(List<InputFile> now) {
    return new IncrementalPlan(full(now).process(), Set.of(), newFiles, changed, removed, unchanged, Set.of(),
        keptRemoved, newlyRemoved);
  }

  /**
   * @param keptBefore the articles the previous run kept after their files were gone
   * @param keepRemoved whether this run keeps the rows of articles whose files are gone ({@code --keep-removed});
   *     without it, those kept before are dropped now and count as removed
   */
  public static IncrementalPlan between(List<InputFile> before, List<InputFile> keptBefore, List<InputFile> now,
      boolean keepRemoved) {
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
    Set<String> present = now.stream().map(InputFile::contentSha256).filter(Objects::nonNull)
        .collect(Collectors.toSet());
    Map<String, InputFile> kept = new TreeMap<>();
    Set<String> newlyRemoved = new HashSet<>();
    int removed = 0;
    for (InputFile old : before) {
      if (current.containsKey(old.sourceFile())) {
        continue;
      }
      removed++;
      // A removed file whose content is still in the input (a twin, a move) is no removed article.
      if (keepRemoved && old.contentSha256() != null && !present.contains(old.contentSha256())) {
        kept.putIfAbsent(old.contentSha256(), old);
        newlyRemoved.add(old.contentSha256());
      } else {
        touchedContents.add(old.contentSha256());
      }
    }
    for (InputFile old : keptBefore) {
      if (keepRemoved && !present.contains(old.contentSha256())) {
        kept.putIfAbsent(old.contentSha256(), old);
      } else {
        // Back in the input (its rows are made again) or no longer kept (its rows go).
        touchedContents.add(old.contentSha256());
        removed += present.contains(old.contentSha256()) ? 0 : 1;
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
    return new IncrementalPlan(process, carried, newFiles, changed, removed, unchanged, touchedContents,
        List.copyOf(kept.values()), newlyRemoved);
  }

  private static Map<String, InputFile> byPath(List<InputFile> files) {
    return files.stream().collect(Collectors.toMap(InputFile::sourceFile, Function.identity()));
  }
}
