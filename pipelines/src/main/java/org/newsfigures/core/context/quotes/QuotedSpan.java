package org.newsfigures.core.context.quotes;

/**
 * Words an article sets off as someone else's: between quotation marks, or the body of a quoted tweet.
 *
 * @param start UTF-16 index of the first quoted character, inclusive
 * @param end UTF-16 index after the last quoted character, exclusive
 * @param markStart where the quotation (opening mark, or the tweet's first line) starts
 * @param markEnd where it ends (after the closing mark, or the tweet's signature)
 * @param tweetAuthorStart for a tweet, where the signature's name starts; else -1
 */
record QuotedSpan(int start, int end, int markStart, int markEnd, int tweetAuthorStart) {
  boolean isTweet() {
    return tweetAuthorStart >= 0;
  }
}
