package org.newsfigures.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Publishes a run's tables so that readers never see a half-written table. A run writes into
 * {@code <output>/.versions/<run>/<table>/}; each {@code <output>/<table>} is a symbolic link to a version,
 * switched by an atomic rename only after every table of the run is written. The previous version is kept; older
 * ones, and versions of runs that died before publishing, are removed.
 */
public final class OutputPublisher {
  private static final String VERSIONS = ".versions";
  private final Path output;

  public OutputPublisher(Path output) {
    this.output = output.toAbsolutePath().normalize();
  }

  /** The version the published articles table points at: the last good run; empty before the first. */
  public Optional<Path> currentVersion() {
    Path link = output.resolve(Table.ARTICLES.tableName());
    try {
      return Files.isSymbolicLink(link)
          ? Optional.of(link.resolveSibling(Files.readSymbolicLink(link)).normalize().getParent())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * {@code runId}, or it with a suffix ("-2", "-3"…) if a version of that name exists: two runs of one process in
   * one second would otherwise share a folder. Call it under the run lock.
   */
  public String unusedRunId(String runId) {
    String id = runId;
    for (int n = 2; Files.exists(output.resolve(VERSIONS).resolve(id), LinkOption.NOFOLLOW_LINKS); n++) {
      id = runId + "-" + n;
    }
    return id;
  }

  /** A fresh folder for a run to write its tables into. */
  public Path stagingFor(String runId) {
    Path dir = output.resolve(VERSIONS).resolve(runId);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + dir + ": is the output folder writable?", e);
    }
    return dir;
  }

  /**
   * Points the links of {@code tables} at the run's version, then drops versions no link needs: kept are the new
   * version, every version a table link still points at, and the versions the switched links pointed at before.
   */
  public void publish(String runId, List<Table> tables) throws IOException {
    publish(runId, tables, List.of());
  }

  /** Likewise, with plain folders the run writes beside its tables (charts, arrow) published the same way. */
  public void publish(String runId, List<Table> tables, List<String> folders) throws IOException {
    Path version = output.resolve(VERSIONS).resolve(runId);
    Set<Path> keep = new HashSet<>(Set.of(version));
    // Every link in the output folder (tables and published folders alike) keeps the version it points at.
    try (Stream<Path> entries = Files.list(output)) {
      for (Path link : entries.filter(Files::isSymbolicLink)
          .filter(p -> !p.getFileName().toString().startsWith(".")).toList()) { // not a killed run's temp link
        keep.add(link.resolveSibling(Files.readSymbolicLink(link)).normalize().getParent());
      }
    }
    List<String> names = Stream.concat(tables.stream().map(Table::tableName), folders.stream()).toList();
    for (String name : names) {
      // Everything is checked before any link moves: a publish is all or nothing.
      if (!Files.isDirectory(version.resolve(name))) {
        throw new IOException("run " + runId + " wrote no " + name + " folder");
      }
    }
    for (String name : names) {
      Path link = output.resolve(name);
      Path target = version.resolve(name);
      if (!Files.isSymbolicLink(link) && Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
        // A plain folder from a hand copy or an older layout: set it aside, outside the versions, never delete it.
        Files.move(link, output.resolve(".replaced-" + name + "-" + runId));
      }
      Path temp = output.resolve("." + name + ".link-" + runId);
      Files.deleteIfExists(temp);
      Files.createSymbolicLink(temp, output.relativize(target));
      Files.move(temp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
    removeVersionsExcept(keep);
  }

  /** Removes what a run that failed left behind; the published tables are untouched. */
  public void discard(String runId) {
    deleteTree(output.resolve(VERSIONS).resolve(runId));
  }

  private void removeVersionsExcept(Set<Path> keep) throws IOException {
    try (Stream<Path> versions = Files.list(output.resolve(VERSIONS))) {
      versions.filter(v -> !keep.contains(v.normalize())).forEach(OutputPublisher::deleteTree);
    }
  }

  private static void deleteTree(Path root) {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + root, e);
    }
  }
}
