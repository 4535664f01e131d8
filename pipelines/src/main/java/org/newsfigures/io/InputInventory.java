package org.newsfigures.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.InputFile;

/**
 * Every file under a local input folder, sorted out before the pipeline starts: the articles, each with the content
 * hash its id and shard come from, and the rejects, each with the reason. Each file is read and decoded once here,
 * since its hash decides whether a re-run must process it. Links are followed; a link loop or a link to nothing is
 * a reject. An entry that is not a regular file (a named pipe, a socket, a device) is rejected from its stat alone,
 * never opened: reading a pipe waits for a writer and a device may never end. So every entry under the input
 * folder, other than folders, is an article or a reject. Of several files with the same text, the first by path is the article and the others are rejected as
 * {@code duplicate_of} it, so article ids stay unique.
 *
 * <p>A re-run need not read a file again when it is the article it was: when its size, modification and change
 * times and inode are those the last run recorded, its content is the same (as git and rsync assume; the change
 * time moves on every write and cannot be set back), and its hash is taken from the last run. Only settled files
 * are recorded: one changed in the {@value #SETTLE_SECONDS} seconds before the listing began may change again within
 * the file system's clock tick, so it is read again next time.
 *
 * @param files every input path with its content hash (null for a file that is not text), sorted by path
 * @param articles the files that are articles, sorted by path
 * @param rejects every other file, with why, sorted by path
 * @param stats the stat ({@link #statOf}) of every settled regular file, by path
 * @param reused how many files were not read, their hash taken from the last run
 */
public record InputInventory(List<InputFile> files, List<InputFile> articles, List<Reject> rejects,
    Map<String, String> stats, int reused) {
  static final int SETTLE_SECONDS = 2;

  /** What the last run knew of a file: its stat and the hash of its text. */
  public record KnownFile(String stat, String contentSha256) {}

  public static InputInventory of(Path root, long maxArticleBytes) {
    return of(root, maxArticleBytes, Map.of(), Instant.now());
  }

  /**
   * @param known by path, the files the last run read as text (none, to read every file: {@code --full})
   * @param now when the listing begins
   */
  public static InputInventory of(Path root, long maxArticleBytes, Map<String, KnownFile> known, Instant now) {
    ArticleDecoder decoder = new ArticleDecoder(maxArticleBytes);
    long settledBefore = now.minusSeconds(SETTLE_SECONDS).toEpochMilli();
    List<InputFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    Map<String, Long> sizes = new HashMap<>();
    Map<String, String> stats = new HashMap<>();
    int[] reused = {0};
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = relative(root, file);
          if (attrs.isSymbolicLink()) {
            // Following links, a link still seen as a link points to nothing.
            rejects.add(new Reject(relative, RejectReason.UNREADABLE,
                "The file is a symbolic link to nothing (" + target(file) + "); fix or remove the link.", null));
            files.add(new InputFile(relative, null));
          } else if (attrs.isOther()) {
            rejects.add(new Reject(relative, RejectReason.NOT_A_FILE, "The entry is " + kindOf(file)
                + ", not a file; it was not opened (reading it could wait forever). Leave only files in the input.",
                null));
            files.add(new InputFile(relative, null));
          } else if (attrs.isRegularFile()) {
            Stat stat = Stat.of(file);
            KnownFile was = known.get(relative);
            if (stat != null && was != null && was.stat().equals(stat.key())
                && decoder.sizeCheck(attrs.size()).isEmpty()) {
              files.add(new InputFile(relative, was.contentSha256()));
              reused[0]++;
            } else {
              Read read = read(decoder, file, relative, attrs.size());
              if (read.reject() != null) {
                rejects.add(read.reject());
              }
              files.add(new InputFile(relative, read.contentSha256()));
            }
            sizes.put(relative, attrs.size());
            if (stat != null && stat.changedMillis() < settledBefore) {
              stats.put(relative, stat.key());
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String relative = relative(root, file);
          String detail = e instanceof FileSystemLoopException
              ? "The link makes a loop (it leads back to a folder above it); remove it or point it elsewhere."
              : "Could not open it (" + e.getMessage() + "); check its permissions.";
          rejects.add(new Reject(relative, RejectReason.UNREADABLE, detail, null));
          files.add(new InputFile(relative, null));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    files.sort(Comparator.comparing(InputFile::sourceFile));
    List<InputFile> articles = new ArrayList<>();
    Map<String, String> keeperOf = new HashMap<>();
    for (InputFile file : files) {
      if (file.contentSha256() == null) {
        continue;
      }
      String keeper = keeperOf.putIfAbsent(file.contentSha256(), file.sourceFile());
      if (keeper == null) {
        articles.add(file);
      } else {
        rejects.add(new Reject(file.sourceFile(), RejectReason.DUPLICATE_OF,
            "Same content as " + keeper + ", which is kept as the article.", sizes.get(file.sourceFile())));
      }
    }
    rejects.sort(Comparator.comparing(Reject::sourceFile));
    return new InputInventory(List.copyOf(files), List.copyOf(articles), List.copyOf(rejects), Map.copyOf(stats),
        reused[0]);
  }

  /** A file's stat as recorded: size, modification and change times (ns), inode; null where there is no inode. */
  public static String statOf(Path file) {
    Stat stat = Stat.of(file);
    return stat == null ? null : stat.key();
  }

  private record Stat(String key, long changedMillis) {
    static Stat of(Path file) {
      Map<String, Object> a;
      try {
        a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,ino");
      } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
        return null; // not a Unix file system: every file is read on every run
      }
      FileTime modified = (FileTime) a.get("lastModifiedTime");
      FileTime changed = (FileTime) a.get("ctime");
      String key = a.get("size") + ":" + modified.to(TimeUnit.NANOSECONDS) + ":" + changed.to(TimeUnit.NANOSECONDS)
          + ":" + a.get("ino");
      return new Stat(key, Math.max(modified.toMillis(), changed.toMillis()));
    }
  }

  /** One regular file read: the hash of its text, or why it is not an article. */
  private record Read(String contentSha256, Reject reject) {}

  private static Read read(ArticleDecoder decoder, Path file, String relative, long size) {
    Optional<DecodedText.Rejected> tooLarge = decoder.sizeCheck(size);
    if (tooLarge.isPresent()) { // never read, so a huge file is never loaded into memory
      return new Read(null, new Reject(relative, tooLarge.get().reason(), tooLarge.get().detail(), size));
    }
    DecodedText decoded;
    try {
      decoded = decoder.decode(Files.readAllBytes(file), relative);
    } catch (IOException e) {
      return new Read(null, new Reject(relative, RejectReason.UNREADABLE,
          "Could not read the file (" + e.getMessage() + "); check its permissions.", size));
    }
    if (decoded instanceof DecodedText.Accepted a) {
      return new Read(StableId.sha256Hex(a.text()), null);
    }
    DecodedText.Rejected r = (DecodedText.Rejected) decoded;
    return new Read(null, new Reject(relative, r.reason(), r.detail(), size));
  }

  /** What kind of special file an entry is, from its stat's file type bits (no open). */
  private static String kindOf(Path file) {
    int type;
    try {
      type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
    } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
      return "a special file";
    }
    return switch (type) {
      case 0010000 -> "a named pipe (FIFO)";
      case 0140000 -> "a socket";
      case 0020000 -> "a character device";
      case 0060000 -> "a block device";
      default -> "a special file";
    };
  }

  private static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
  }

  private static String target(Path link) {
    try {
      return "-> " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "unreadable link";
    }
  }
}
