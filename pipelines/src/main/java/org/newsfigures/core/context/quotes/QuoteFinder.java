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
import org.newsfigures.core.text.CodePointOffsets;

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
    List<Mention> speakers = QuoteAttributor.speakers(mentions, marked);
    CodePointOffsets offsets = CodePointOffsets.of(article.text());
    List<QuoteRow> rows = new ArrayList<>();
    for (QuotedSpan quote : marked) {
      attributor
          .attribute(article, masked, quote, speakers)
          .ifPresent(a -> rows.add(row(article, offsets, quote, a.speakerId(), a.verb())));
    }
    for (Tweet found : tweets.find(article.text())) {
      QuotedSpan tweet =
          new QuotedSpan(found.bodyStart(), found.bodyEnd(), found.bodyStart(), found.signatureEnd(), found.authorStart());
      rows.add(row(article, offsets, tweet, author(tweet, mentions).orElse(null), TWEET_VERB));
    }
    rows.sort(Comparator.comparingInt(QuoteRow::charStart));
    return rows;
  }

  private static Optional<String> author(QuotedSpan tweet, List<Mention> mentions) {
    return Mention.within(mentions, tweet.tweetAuthorStart(), tweet.markEnd()).stream()
        .filter(m -> m.start() == tweet.tweetAuthorStart())
        .map(m -> m.entity().id())
        .findFirst();
  }

  private static QuoteRow row(
      Article article, CodePointOffsets offsets, QuotedSpan quote, String speakerId, String verb) {
    String text = article.text();
    int charStart = offsets.at(quote.start());
    int charEnd = offsets.at(quote.end());
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
