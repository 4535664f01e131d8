package org.newsfigures.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Reads an accepted article's text: identity (content hash), headline, publication date, byline, dateline,
 * sentences and word count. Headline, byline and dates are only looked for in the first {@value #HEADER_LINES}
 * non-blank lines, where scraped pages put them; further down a date or a "By ..." line is body text.
 *
 * <p>Instances are immutable and safe to share between threads. Construction reads the {@code scraper_junk_lines}
 * reference table, so in a Beam DoFn create one in {@code @Setup} rather than per element.
 */
public final class ArticleParser {
  static final int HEADER_LINES = 8;

  private final HeadlineFinder headlines;
  private final BylineFinder bylines = new BylineFinder();
  private final DatelineFinder datelines = new DatelineFinder();
  private final PublishedDateFinder publishedDates = new PublishedDateFinder();
  private final SentenceSplitter sentenceSplitter = new SentenceSplitter();
  private final WordCounter wordCounter = new WordCounter();

  public ArticleParser() {
    this.headlines = new HeadlineFinder(BoilerplateLines.fromReference(), bylines, publishedDates);
  }

  /** @param sourceFile the input path relative to the input folder, '/' separated */
  public Article parse(String sourceFile, DecodedText.Accepted decoded) {
    String text = decoded.text();
    List<Line> lines = Line.of(text);
    List<Line> header = lines.subList(0, Math.min(HEADER_LINES, lines.size()));
    Optional<Dateline> dateline = datelines.find(header);
    String sha256 = sha256Hex(text);
    return new Article(
        Article.idOf(sha256),
        sourceFile,
        text,
        decoded.encoding(),
        decoded.replacedBytes(),
        headlines.find(header),
        publishedDates.find(header, dateline),
        bylines.find(header),
        dateline.map(Dateline::place).orElse(null),
        sentenceSplitter.split(text, lines),
        wordCounter.count(text),
        sha256);
  }

  private static String sha256Hex(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }
}
