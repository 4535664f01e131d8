package org.newsfigures.core.context.quotes;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.context.entities.EntityType;
import org.newsfigures.core.context.entities.Mention;

/**
 * Decides whether quoted words are speech and who spoke them. Quoted words are speech when a verb of saying stands
 * outside the quotation marks in the sentences the quotation opens and closes in ("…,” Anita Anand said", "Xi told
 * Carney that “…”"); without one they are scare quotes or titles ("a “deep freeze”") and not quotes of speech.
 *
 * <p>The speaker is the person named as the verb's subject, directly before it ("Anita Anand said") or directly after
 * it ("said Anita Anand"). A pronoun subject ("she said") is the person last named before the quotation outside any
 * quotation — the speaker being reported on. Any other subject ("Canadian officials describe") leaves the speaker null.
 */
final class QuoteAttributor {
  /** An attribution: the verb as written and the speaker's entity id, or null when no person is named. */
  record Attribution(String verb, String speakerId) {}

  private static final Pattern SPEECH_VERB =
      Pattern.compile(
          "\\b(?:said|says|say|saying|told|tells|tell|noted|notes|added|adds|stated|described|describes|describe"
              + "|describing|wrote|writes|tweeted|posted|stressed|emphasized|emphasised|declared|announced|insisted"
              + "|warned|urged|urges|asked|replied|explained|claimed|claiming|claims|remarked)\\b");
  /**
   * What may stand between a subject and its verb: "Anand has also said", "Xi later told", and an appositive
   * ("Meng Wanzhou, a Huawei executive, said").
   */
  private static final Pattern SUBJECT_GAP =
      Pattern.compile("(?:\\s|has|had|have|also|later|then|again|,\\s*(?:the|a|an)\\s[^,“”\"]{1,60},)*");
  private static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(?:he|she|He|She)\\s+$");

  /**
   * The attribution of the quotation, or empty when its words are not speech.
   *
   * @param masked the article text with every quotation's words blanked ({@link #maskQuotations})
   * @param all every quotation of the article
   */
  Optional<Attribution> attribute(
      Article article, String masked, QuotedSpan quote, List<QuotedSpan> all, List<Mention> mentions) {
    Sentence opening = sentenceAt(article, quote.markStart());
    Sentence closing = sentenceAt(article, Math.max(quote.markStart(), quote.markEnd() - 1));
    int beforeStart = opening == null ? quote.markStart() : opening.start();
    int afterEnd = closing == null ? quote.markEnd() : Math.max(quote.markEnd(), closing.end());
    // The verb after the quotation ("…,” she said") attributes it; else the last one before it ("Xi told Carney “…”").
    Optional<MatchResult> verb =
        SPEECH_VERB.matcher(masked).region(quote.markEnd(), afterEnd).results().findFirst()
            .or(() -> SPEECH_VERB.matcher(masked).region(beforeStart, quote.markStart()).results()
                .reduce((first, second) -> second));
    return verb.map(v -> attribution(v, masked, quote, beforeStart, afterEnd, mentions, all));
  }

  private Attribution attribution(
      MatchResult verb, String masked, QuotedSpan quote, int windowStart, int windowEnd, List<Mention> mentions,
      List<QuotedSpan> all) {
    List<Mention> persons =
        mentions.stream()
            .filter(m -> m.entity().type() == EntityType.PERSON)
            .filter(m -> all.stream().noneMatch(q -> q.start() <= m.start() && m.end() <= q.end()))
            .toList();
    Optional<Mention> subjectBefore =
        persons.stream()
            .filter(m -> m.start() >= windowStart && m.end() <= verb.start())
            .filter(m -> SUBJECT_GAP.matcher(masked.substring(m.end(), verb.start())).matches())
            .findFirst();
    Optional<Mention> subjectAfter =
        persons.stream()
            .filter(m -> m.start() >= verb.end() && m.end() <= windowEnd)
            .filter(m -> masked.substring(verb.end(), m.start()).isBlank())
            .findFirst();
    Optional<Mention> pronounReferent =
        PRONOUN_BEFORE.matcher(masked.substring(windowStart, verb.start())).find()
            ? persons.stream().filter(m -> m.end() <= quote.markStart()).max(Comparator.comparingInt(Mention::start))
            : Optional.empty();
    String speaker =
        subjectBefore.or(() -> subjectAfter).or(() -> pronounReferent).map(m -> m.entity().id()).orElse(null);
    return new Attribution(verb.group(), speaker);
  }

  /** The text with every quotation's words blanked, so verbs and names inside quotations are not attributions. */
  static String maskQuotations(String text, List<QuotedSpan> all) {
    StringBuilder masked = new StringBuilder(text);
    for (QuotedSpan q : all) {
      for (int i = q.start(); i < q.end(); i++) {
        masked.setCharAt(i, ' ');
      }
    }
    return masked.toString();
  }

  private static Sentence sentenceAt(Article article, int position) {
    return article.sentences().stream()
        .filter(s -> s.start() <= position && position < s.end())
        .findFirst()
        .orElse(null);
  }
}
