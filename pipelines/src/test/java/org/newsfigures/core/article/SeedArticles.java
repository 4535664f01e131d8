package org.newsfigures.core.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Test fixture: the seed articles under seeds/articles, decoded and parsed. */
public final class SeedArticles {
  private static final Path SEEDS = Path.of("..", "seeds", "articles");
  private static final ArticleParser PARSER = new ArticleParser();

  private SeedArticles() {}

  /** Decoding result of the seed whose file name starts with {@code prefix} ("000_"). */
  public static DecodedText decode(String prefix) {
    return new ArticleDecoder().decode(bytes(prefix));
  }

  /** The parsed seed whose file name starts with {@code prefix}; fails when it does not decode. */
  public static Article load(String prefix) {
    return PARSER.parse(prefix, (DecodedText.Accepted) decode(prefix));
  }

  private static byte[] bytes(String prefix) {
    try (Stream<Path> files = Files.list(SEEDS)) {
      return Files.readAllBytes(
          files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
