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
import java.util.List;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.InputFile;

/**
 * Every file under a local input folder, with the content hash that decides what a re-run must process. Links are
 * followed; a link loop or a link to nothing is a reject here, since no reader could open it. Each file is decoded
 * once to hash its text (a file that does not decode has no hash: it is a reject, and the pipeline says why).
 *
 * @param files every input file, sorted by path
 * @param linkRejects files no reader can open (link loops, dangling links, unreadable folders), with the reason
 */
public record InputInventory(List<InputFile> files, List<Reject> linkRejects) {

  public static InputInventory of(Path root, long maxArticleBytes) {
    ArticleDecoder decoder = new ArticleDecoder(maxArticleBytes);
    List<InputFile> files = new ArrayList<>();
    List<Reject> linkRejects = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String relative = relative(root, file);
          if (attrs.isSymbolicLink()) {
            // Following links, a link still seen as a link points to nothing.
            linkRejects.add(new Reject(relative, RejectReason.UNREADABLE,
                "The file is a symbolic link to nothing (" + target(file) + "); fix or remove the link.", null));
          } else if (attrs.isRegularFile()) {
            files.add(new InputFile(relative, contentHash(decoder, file, attrs.size())));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String relative = relative(root, file);
          String detail = e instanceof FileSystemLoopException
              ? "The link makes a loop (it leads back to a folder above it); remove it or point it elsewhere."
              : "Could not open it (" + e.getMessage() + "); check its permissions.";
          linkRejects.add(new Reject(relative, RejectReason.UNREADABLE, detail, null));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    files.sort(Comparator.comparing(InputFile::sourceFile));
    linkRejects.sort(Comparator.comparing(Reject::sourceFile));
    return new InputInventory(List.copyOf(files), List.copyOf(linkRejects));
  }

  /** Every path, readable or not, as the manifest records it (rejected links have no hash). */
  public List<InputFile> allPaths() {
    List<InputFile> all = new ArrayList<>(files);
    linkRejects.forEach(r -> all.add(new InputFile(r.sourceFile(), null)));
    all.sort(Comparator.comparing(InputFile::sourceFile));
    return all;
  }

  private static String contentHash(ArticleDecoder decoder, Path file, long size) {
    if (decoder.sizeCheck(size).isPresent()) {
      return null; // never read: the pipeline rejects it as too large
    }
    try {
      DecodedText decoded = decoder.decode(Files.readAllBytes(file));
      return decoded instanceof DecodedText.Accepted a ? StableId.sha256Hex(a.text()) : null;
    } catch (IOException e) {
      return null; // the pipeline reports it as unreadable
    }
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
