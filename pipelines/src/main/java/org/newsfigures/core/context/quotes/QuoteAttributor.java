package org.newsfigures.core.context.quotes;

import java.util.ArrayList;
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
   * @param speakers the persons named outside quotations, in text order ({@link #speakers})
   */
  Optional<Attribution> attribute(Article article, String masked, QuotedSpan quote, List<Mention> speakers) {
    Sentence opening = article.sentenceAt(quote.markStart());
    Sentence closing = article.sentenceAt(Math.max(quote.markStart(), quote.markEnd() - 1));
    int beforeStart = opening == null ? quote.markStart() : opening.start();
    int afterEnd = closing == null ? quote.markEnd() : Math.max(quote.markEnd(), closing.end());
    // The verb after the quotation ("…,” she said") attributes it; else the last one before it ("Xi told Carney “…”").
    Optional<MatchResult> verb =
        SPEECH_VERB.matcher(masked).region(quote.markEnd(), afterEnd).results().findFirst()
            .or(() -> SPEECH_VERB.matcher(masked).region(beforeStart, quote.markStart()).results()
                .reduce((first, second) -> second));
    return verb.map(v -> attribution(v, masked, quote, beforeStart, afterEnd, speakers));
  }

  /**
   * The person mentions that can be speakers: those outside every quotation, in text order. Worked out once per
   * article, since doing it per quotation took time growing with the cube of the article's length.
   *
   * @param mentions disjoint mentions in text order
   * @param quotations the article's quotations in order of their start
   */
  static List<Mention> speakers(List<Mention> mentions, List<QuotedSpan> quotations) {
    List<Mention> speakers = new ArrayList<>();
    int next = 0;
    int reach = -1; // the furthest end of the quotations starting at or before the mention
    for (Mention m : mentions) {
      while (next < quotations.size() && quotations.get(next).start() <= m.start()) {
        reach = Math.max(reach, quotations.get(next++).end());
      }
      if (m.entity().type() == EntityType.PERSON && reach < m.end()) {
        speakers.add(m);
      }
    }
    return speakers;
  }

  private Attribution attribution(
      MatchResult verb, String masked, QuotedSpan quote, int windowStart, int windowEnd, List<Mention> persons) {
    Optional<Mention> subjectBefore =
        Mention.within(persons, windowStart, verb.start()).stream()
            .filter(m -> SUBJECT_GAP.matcher(masked.substring(m.end(), verb.start())).matches())
            .findFirst();
    Optional<Mention> subjectAfter =
        Mention.within(persons, verb.end(), windowEnd).stream()
            .filter(m -> masked.substring(verb.end(), m.start()).isBlank())
            .findFirst();
    List<Mention> beforeQuote = Mention.within(persons, 0, quote.markStart());
    Optional<Mention> pronounReferent =
        PRONOUN_BEFORE.matcher(masked.substring(windowStart, verb.start())).find() && !beforeQuote.isEmpty()
            ? Optional.of(beforeQuote.get(beforeQuote.size() - 1))
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
}
