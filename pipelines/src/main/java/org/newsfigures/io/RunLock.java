package org.newsfigures.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One writer per output folder: {@code <output>/.lock} holds the running process's pid and start time. A lock left
 * by a process that no longer runs (killed, machine restarted) is stale and taken over.
 */
public final class RunLock implements AutoCloseable {
  private final Path file;

  /** Whose lock was found: the pid and start time written in it. */
  public record Holder(long pid, String startedAt) {}

  /** Thrown when another live process holds the lock. */
  public static final class HeldException extends Exception {
    public HeldException(String message) {
      super(message);
    }
  }

  private RunLock(Path file) {
    this.file = file;
  }

  /**
   * Takes the lock of {@code output}; {@code tookOver} receives the holder of a stale lock that was taken over.
   *
   * @throws HeldException when a live process holds it
   */
  public static RunLock acquire(Path output, java.util.function.Consumer<Holder> tookOver) throws IOException, HeldException {
    Files.createDirectories(output);
    Path file = output.resolve(".lock");
    String mine = ProcessHandle.current().pid() + " " + Instant.now() + "\n";
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        Files.writeString(Files.createFile(file), mine, StandardCharsets.UTF_8);
        return new RunLock(file);
      } catch (FileAlreadyExistsException e) {
        Optional<Holder> holder = read(file);
        if (holder.isPresent() && ProcessHandle.of(holder.get().pid()).map(ProcessHandle::isAlive).orElse(false)) {
          throw new HeldException("another newsfigures run (pid " + holder.get().pid() + ", started "
              + holder.get().startedAt() + ") is writing to " + output + "; wait for it to finish, or stop it.");
        }
        holder.ifPresent(tookOver);
        Files.deleteIfExists(file); // stale: its process is gone
      }
    }
    throw new HeldException("could not take the lock " + file + "; another run keeps starting.");
  }

  private static Optional<Holder> read(Path file) {
    try {
      String[] parts = Files.readString(file, StandardCharsets.UTF_8).trim().split(" ", 2);
      return Optional.of(new Holder(Long.parseLong(parts[0]), parts.length > 1 ? parts[1] : "unknown"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // unreadable or half-written: treat as stale
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}
