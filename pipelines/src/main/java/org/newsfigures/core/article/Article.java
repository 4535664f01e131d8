package org.newsfigures.core.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A decoded, parsed article: its text and what was read off it.
 *
 * @param articleId first 16 hex digits of {@code contentSha256}
 * @param sourceFile path relative to the input folder, '/' separated
 * @param text the article text (BOM removed, line endings normalized to \n)
 * @param encoding character set the bytes were decoded with
 * @param title headline, or null
 * @param publishedDate publication date from a byline or dateline line, or null
 * @param byline author or desk, or null
 * @param dateline place named in a dateline, or null
 * @param sentences the article's sentences in order
 * @param wordCount words (letters or digits) in the text
 * @param contentSha256 hex SHA-256 of {@code text} as UTF-8
 */
public record Article(
    String articleId,
    String sourceFile,
    String text,
    String encoding,
    String title,
    LocalDate publishedDate,
    String byline,
    String dateline,
    List<Sentence> sentences,
    int wordCount,
    String contentSha256) {
  private static final int ID_HEX_DIGITS = 16;


  public Article {
    sentences = List.copyOf(sentences);
  }

  /** Code points in the text: offsets in the tables are code points, not UTF-16 units. */
  /** The article id a content hash gives: stable for the same text, whichever file holds it. */
  public static String idOf(String contentSha256) {
    return contentSha256.substring(0, ID_HEX_DIGITS);
  }

  public int charCount() {
    return text.codePointCount(0, text.length());
  }
}
