package org.newsfigures.core.article;

import java.time.LocalDate;
import java.util.List;

/**
 * A decoded, parsed article: its text and what was read off it.
 *
 * @param articleId first 16 hex digits of {@code contentSha256}
 * @param sourceFile path relative to the input folder, '/' separated
 * @param text the article text (BOM removed, line endings normalized to \n; for a web page, the text read off it)
 * @param encoding character set the bytes were decoded with
 * @param replacedBytes bytes that could not be decoded and are U+FFFD in the text
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
    int replacedBytes,
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

  /** The article id a content hash gives: stable for the same text, whichever file holds it. */
  public static String idOf(String contentSha256) {
    return contentSha256.substring(0, ID_HEX_DIGITS);
  }

  /** Code points in the text: offsets in the tables are code points, not UTF-16 units. */
  public int charCount() {
    return text.codePointCount(0, text.length());
  }

  /**
   * The sentence holding UTF-16 index {@code position}, or null when it falls between sentences. A binary search,
   * since sentences are in text order and disjoint: callers look one up per quote or date.
   */
  public Sentence sentenceAt(int position) {
    int low = 0;
    int high = sentences.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      Sentence sentence = sentences.get(middle);
      if (position < sentence.start()) {
        high = middle - 1;
      } else if (position >= sentence.end()) {
        low = middle + 1;
      } else {
        return sentence;
      }
    }
    return null;
  }
}
