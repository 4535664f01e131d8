package org.newsfigures.core.context.tweets;

/**
 * A tweet embedded in an article: its lines, then its signature line "— Name (@handle) Date". UTF-16 indexes into
 * the article text, starts inclusive, ends exclusive.
 *
 * @param bodyStart start of the tweet's first line
 * @param bodyEnd end of its words (a trailing pic.twitter.com link excluded)
 * @param signatureStart start of the signature line
 * @param signatureEnd end of the signature line
 * @param authorStart where the signature's name starts
 */
public record Tweet(int bodyStart, int bodyEnd, int signatureStart, int signatureEnd, int authorStart) {

  /** Whether the index falls on the signature line, whose date is the tweet's date. */
  public boolean signatureHolds(int index) {
    return signatureStart <= index && index < signatureEnd;
  }
}
