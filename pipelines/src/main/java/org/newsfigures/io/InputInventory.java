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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
 * a reject. Of several files with the same text, the first by path is the article and the others are rejected as
 * {@code duplicate_of} it, so article ids stay unique.
 *
 * @param files every input path with its content hash (null for a file that is not text), sorted by path
 * @param articles the files that are articles, sorted by path
 * @param rejects every other file, with why, sorted by path
 */
public record InputInventory(List<InputFile> files, List<InputFile> articles, List<Reject> rejects) {

  public static InputInventory of(Path root, long maxArticleBytes) {
    ArticleDecoder decoder = new ArticleDecoder(maxArticleBytes);
    List<InputFile> files = new ArrayList<>();
    List<Reject> rejects = new ArrayList<>();
    Map<String, Long> sizes = new HashMap<>();
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
          } else if (attrs.isRegularFile()) {
            Read read = read(decoder, file, relative, attrs.size());
            if (read.reject() != null) {
              rejects.add(read.reject());
            }
            files.add(new InputFile(relative, read.contentSha256()));
            sizes.put(relative, attrs.size());
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
    return new InputInventory(List.copyOf(files), List.copyOf(articles), List.copyOf(rejects));
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
      decoded = decoder.decode(Files.readAllBytes(file));
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
