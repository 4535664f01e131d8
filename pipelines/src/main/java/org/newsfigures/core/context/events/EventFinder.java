package org.newsfigures.core.context.events;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.context.EventRow;
import org.newsfigures.core.context.entities.Mention;
import org.newsfigures.core.context.tweets.Tweet;
import org.newsfigures.core.context.tweets.TweetFinder;
import org.newsfigures.core.text.CodePointOffsets;

/**
 * Ties dates to what happened on them. Each date expression (publication stamps excepted) dates the event trigger
 * nearest to it in its clause ("visit China from January 13 to 17, 2026"), else in its sentence ("In 2018, Canada
 * arrested ..."). A date with no trigger in its sentence dates nothing the taxonomy names and gives no event. A
 * tweet's signature date ("— Mark Carney (@MarkJCarney) January 14, 2026") dates what the tweet reports, so its
 * scope is the tweet, not the signature line.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EventFinder {
  /** Punctuation that ends a clause; commas inside a date ("January 13 to 17, 2026") are skipped over. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–]");

  /** Words that introduce a place as where something happens: "in Vancouver", "at the summit", "visit China". */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("\\b(?:in|at|to|into|near|visit|visits|visited|visiting)\\s+(?:the\\s+)?$");
  private static final int LOCATIVE_LOOKBACK = 20;

  /** Where a date's event is looked for: a sentence, or a tweet and its signature. UTF-16, end exclusive. */
  private record Scope(int start, int end, String text) {}

  private final DateFinder dates = new DateFinder();
  private final TweetFinder tweets = new TweetFinder();
  private final EventTriggers triggers;

  private EventFinder(EventTriggers triggers) {
    this.triggers = triggers;
  }

  public static EventFinder fromReference() {
    return new EventFinder(EventTriggers.fromReference());
  }

  /** Events of the article in text order of their dates. */
  public List<EventRow> find(Article article, List<Mention> mentions) {
    String text = article.text();
    List<Tweet> tweetsOfArticle = tweets.find(text);
    CodePointOffsets offsets = CodePointOffsets.of(text);
    return dates.find(text, article.publishedDate()).stream()
        .filter(date -> !date.stamp())
        .flatMap(
            date ->
                scopeOf(article, tweetsOfArticle, date.start())
                    .flatMap(scope -> event(article, offsets, scope, date, mentions))
                    .stream())
        .toList();
  }

  private Optional<EventRow> event(
      Article article, CodePointOffsets offsets, Scope scope, DateMention date, List<Mention> mentions) {
    String text = article.text();
    int clauseStart = clauseStart(text, scope.start(), date.start());
    int clauseEnd = clauseEnd(text, date.end(), scope.end());
    Optional<EventTriggers.Trigger> trigger =
        nearest(triggers.find(text, clauseStart, clauseEnd), date)
            .or(() -> nearest(triggers.find(text, scope.start(), scope.end()), date));
    return trigger.map(t -> row(article, offsets, scope, date, t, mentions));
  }

  private EventRow row(
      Article article,
      CodePointOffsets offsets,
      Scope scope,
      DateMention date,
      EventTriggers.Trigger trigger,
      List<Mention> mentions) {
    String text = article.text();
    int start = Math.min(trigger.start(), date.start());
    int end = Math.max(trigger.end(), date.end());
    List<Mention> inScope = Mention.within(mentions, scope.start(), scope.end());
    List<String> participants =
        inScope.stream()
            .filter(m -> !m.entity().type().isPlace())
            .map(m -> m.entity().id())
            .distinct()
            .toList();
    String location =
        location(
            text,
            inScope,
            trigger,
            clauseStart(text, scope.start(), trigger.start()),
            clauseEnd(text, trigger.end(), scope.end()));
    int charStart = offsets.at(start);
    int charEnd = offsets.at(end);
    return new EventRow(
        StableId.of(article.articleId(), charStart, charEnd, trigger.eventType()),
        article.articleId(),
        date.first(),
        date.last(),
        date.precision().label(),
        date.text(),
        trigger.eventType(),
        location,
        participants,
        scope.text(),
        charStart,
        charEnd);
  }

  /**
   * Where the event happened: a place the sentence introduces as a location ("in Vancouver", "visit China") beats a
   * place named in another role ("Canada’s arrest"); within each, the trigger's clause beats the rest of the sentence,
   * and nearer the trigger beats farther.
   */
  private static String location(
      String text, List<Mention> inScope, EventTriggers.Trigger trigger, int clauseStart, int clauseEnd) {
    Comparator<Mention> byDistance = Comparator.comparingInt(m -> gap(m.start(), m.end(), trigger.start(), trigger.end()));
    List<Mention> places = inScope.stream().filter(m -> m.entity().type().isPlace()).toList();
    Predicate<Mention> inClause = m -> m.start() >= clauseStart && m.end() <= clauseEnd;
    Predicate<Mention> locative =
        m -> LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.start() - LOCATIVE_LOOKBACK), m.start())).find();
    return Stream.of(inClause.and(locative), locative, inClause, (Predicate<Mention>) m -> true)
        .flatMap(rule -> places.stream().filter(rule).min(byDistance).stream())
        .findFirst()
        .map(m -> m.entity().name())
        .orElse(null);
  }

  private static Optional<EventTriggers.Trigger> nearest(List<EventTriggers.Trigger> found, DateMention date) {
    return found.stream().min(Comparator.comparingInt(t -> gap(t.start(), t.end(), date.start(), date.end())));
  }

  private static int gap(int start, int end, int otherStart, int otherEnd) {
    return Math.max(0, Math.max(otherStart - end, start - otherEnd));
  }

  private static int clauseStart(String text, int scopeStart, int dateStart) {
    int start = scopeStart;
    Matcher m = CLAUSE_BREAK.matcher(text).region(scopeStart, dateStart);
    while (m.find()) {
      start = m.end();
    }
    return start;
  }

  private static int clauseEnd(String text, int dateEnd, int scopeEnd) {
    Matcher m = CLAUSE_BREAK.matcher(text).region(dateEnd, Math.max(dateEnd, scopeEnd));
    return m.find() ? m.start() : scopeEnd;
  }

  private static Optional<Scope> scopeOf(Article article, List<Tweet> tweets, int position) {
    Optional<Scope> tweet =
        tweets.stream()
            .filter(t -> t.signatureHolds(position))
            .findFirst()
            .map(t -> new Scope(t.bodyStart(), t.signatureEnd(), article.text().substring(t.bodyStart(), t.signatureEnd())));
    return tweet.or(
        () -> Optional.ofNullable(article.sentenceAt(position)).map(s -> new Scope(s.start(), s.end(), s.text())));
  }
}
