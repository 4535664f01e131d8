package org.newsfigures.core.context.tweets;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds tweets embedded in an article as scraped: the tweet's lines, then a signature line "— Name (@handle) Date".
 * The tweet is the lines just above the signature, taken upwards while they fit a tweet's 280 characters (the
 * trailing pic.twitter.com link not counted), which stops at the article's own paragraphs.
 */
public final class TweetFinder {
  static final int TWEET_MAX_CHARS = 280;
  private static final StartCharPattern SIGNATURE =
      StartCharPattern.compile(
              "(?m)^[—–-]\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})\\s*\\(@\\w+\\).*$",
              List.of("—", "–", "-"))
          .onlyAtLineStarts();
  private static final Pattern MEDIA_LINK = Pattern.compile("\\s*pic\\.twitter\\.com/\\w+\\s*$");

  /** Tweets in text order. */
  public List<Tweet> find(String text) {
    List<Tweet> tweets = new ArrayList<>();
    StartCharPattern.Scan signatures = SIGNATURE.scan(text);
    while (signatures.find()) {
      Matcher signature = signatures.match();
      int end = signature.start() - 1; // the newline before the signature
      int start = end;
      int lineEnd = end;
      int chars = 0;
      while (lineEnd > 0) {
        int lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
        String line = MEDIA_LINK.matcher(text.substring(lineStart, lineEnd)).replaceFirst("");
        if (line.isBlank() || chars + line.length() > TWEET_MAX_CHARS) {
          break;
        }
        chars += line.length() + 1;
        start = lineStart;
        lineEnd = lineStart - 1;
      }
      if (end > 0 && start < end) {
        int bodyEnd = start + MEDIA_LINK.matcher(text.substring(start, end)).replaceFirst("").length();
        tweets.add(new Tweet(start, bodyEnd, signature.start(), signature.end(), signature.start(1)));
      }
    }
    return tweets;
  }
}
