package org.newsfigures.core.context.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.context.QuoteRow;
import org.newsfigures.core.context.entities.Mention;
import org.newsfigures.core.context.tweets.Tweet;
import org.newsfigures.core.context.tweets.TweetFinder;

/**
 * Finds the quotes of speech in an article: quotation-marked words a verb of saying attributes (see
 * {@link QuoteAttributor}), and embedded tweets, whose signature names their author.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class QuoteFinder {
  private static final String TWEET_VERB = "tweeted";

  private final QuotationMarkFinder quotationMarks = new QuotationMarkFinder();
  private final TweetFinder tweets = new TweetFinder();
  private final QuoteAttributor attributor = new QuoteAttributor();

  /** Quotes of the article in text order. */
  public List<QuoteRow> find(Article article, List<Mention> mentions) {
    List<QuotedSpan> marked = quotationMarks.find(article.text());
    String masked = QuoteAttributor.maskQuotations(article.text(), marked);
    List<QuoteRow> rows = new ArrayList<>();
    for (QuotedSpan quote : marked) {
      attributor
          .attribute(article, masked, quote, marked, mentions)
          .ifPresent(a -> rows.add(row(article, quote, a.speakerId(), a.verb())));
    }
    for (Tweet found : tweets.find(article.text())) {
      QuotedSpan tweet =
          new QuotedSpan(found.bodyStart(), found.bodyEnd(), found.bodyStart(), found.signatureEnd(), found.authorStart());
      rows.add(row(article, tweet, author(tweet, mentions).orElse(null), TWEET_VERB));
    }
    rows.sort(Comparator.comparingInt(QuoteRow::charStart));
    return rows;
  }

  private static Optional<String> author(QuotedSpan tweet, List<Mention> mentions) {
    return mentions.stream()
        .filter(m -> m.start() == tweet.tweetAuthorStart())
        .map(m -> m.entity().id())
        .findFirst();
  }

  private static QuoteRow row(Article article, QuotedSpan quote, String speakerId, String verb) {
    String text = article.text();
    int charStart = text.codePointCount(0, quote.start());
    int charEnd = text.codePointCount(0, quote.end());
    return new QuoteRow(
        StableId.of(article.articleId(), charStart, charEnd),
        article.articleId(),
        speakerId,
        text.substring(quote.start(), quote.end()),
        charStart,
        charEnd,
        verb);
  }
}
