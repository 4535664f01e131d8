package org.newsfigures.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.ShardWork;

/**
 * The read-and-decode step of a shard: one article file's bytes, decoded to text. The launcher checked every file
 * before the run; a file that cannot be read or decoded now changed since, and is set aside as a reject (counted in
 * {@code files_rejected}) for the next run to read again.
 *
 * @param root the input folder, which source_file paths are relative to
 * @param decoder the decoder, with the size limit
 * @param maxArticleBytes the size limit
 */
record ShardArticleReader(String root, ArticleDecoder decoder, long maxArticleBytes) {
  private static final Counter FILES_READ = Metrics.counter("newsfigures", "files_read");

  /** An article file as read: its text and how many bytes it had. */
  record ReadArticle(ShardWork.ArticleFile file, DecodedText.Accepted text, int size) {}

  /** The file's text; empty, with its reject given to {@code rejects}, when it changed since the launcher saw it. */
  Optional<ReadArticle> read(ShardWork.ArticleFile article, Consumer<Reject> rejects) {
    FILES_READ.inc();
    byte[] bytes;
    try {
      bytes = bytes(article.sourceFile());
    } catch (IOException e) {
      rejects.accept(new Reject(article.sourceFile(), RejectReason.CHANGED_DURING_RUN, "The file could not be read"
          + " any more (" + e.getMessage() + "); it was removed or its permissions changed while this run was reading"
          + " the input.", null));
      return Optional.empty();
    }
    DecodedText decoded = bytes.length > maxArticleBytes ? null : decoder.decode(bytes, article.sourceFile());
    if (!(decoded instanceof DecodedText.Accepted text)) {
      rejects.accept(new Reject(article.sourceFile(), RejectReason.CHANGED_DURING_RUN, "The file changed while this"
          + " run was reading it and is no longer a readable article; the next run reads it again.",
          (long) bytes.length));
      return Optional.empty();
    }
    return Optional.of(new ReadArticle(article, text, bytes.length));
  }

  /** The file's bytes, at most one more than the size limit (the launcher checked its size; it may have grown). */
  private byte[] bytes(String sourceFile) throws IOException {
    ResourceId file = FileSystems.matchNewResource(root, true)
        .resolve(sourceFile, StandardResolveOptions.RESOLVE_FILE);
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1));
    }
  }
}
