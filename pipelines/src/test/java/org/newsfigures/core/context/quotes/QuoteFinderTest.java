package org.newsfigures.core.context.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.context.QuoteRow;
import org.newsfigures.core.context.entities.EntityRecognizer;

class QuoteFinderTest {
  private static final ArticleParser PARSER = new ArticleParser();
  private static final EntityRecognizer ENTITIES = EntityRecognizer.fromReference();
  private static final QuoteFinder QUOTES = new QuoteFinder();

  private static List<QuoteRow> quotes(String text) {
    Article article = PARSER.parse("t.txt", new DecodedText.Accepted(text, "UTF-8", List.of()));
    return QUOTES.find(article, ENTITIES.recognize(text));
  }

  private static String person(String name) {
    return StableId.of("person", name);
  }

  @Test
  void quoteSplitByAttributionIsTwoQuotesOfOneSpeaker() {
    List<QuoteRow> q =
        quotes("The talks went well.\nMinister Anita Anand spoke. “We will go,” she said, “and we will come back.”");
    assertEquals(List.of("We will go", "and we will come back."), q.stream().map(QuoteRow::text).toList());
    q.forEach(row -> assertEquals(person("Anita Anand"), row.speaker()));
  }

  @Test
  void straightQuotesAndInvertedAttribution() {
    List<QuoteRow> q = quotes("The talks went well.\n\"Trade matters,\" said Mark Carney on Monday.");
    assertEquals("Trade matters", q.get(0).text());
    assertEquals(person("Mark Carney"), q.get(0).speaker());
    assertEquals("said", q.get(0).verb());
  }

  @Test
  void speakerIsTheSubjectNotTheObject() {
    List<QuoteRow> q = quotes("The talks went well.\nXi Jinping told Mark Carney that ties are “on the right track.”");
    assertEquals(person("Xi Jinping"), q.get(0).speaker());
  }

  @Test
  void anAppositiveMayStandBetweenSpeakerAndVerb() {
    List<QuoteRow> q = quotes("The talks went well.\nMeng Wanzhou, a Huawei executive, said “I am grateful.”");
    assertEquals(person("Meng Wanzhou"), q.get(0).speaker());
  }

  @Test
  void scareQuotesAreNotQuotes() {
    assertEquals(List.of(), quotes("The talks went well.\nRelations have been in a “deep freeze” since then."));
  }

  @Test
  void unnamedSourcesLeaveTheSpeakerNull() {
    List<QuoteRow> q = quotes("The talks went well.\nOfficials described it as “economic aggression” at once.");
    assertEquals("economic aggression", q.get(0).text());
    assertNull(q.get(0).speaker());
  }

  @Test
  void tweetsAreQuotesOfTheirSignature() {
    String text =
        "A long paragraph of the article itself that is definitely longer than any tweet could ever be, because it"
            + " goes on and on about trade, tariffs, canola, seafood, pork, electric vehicles, steel, aluminum and the"
            + " diplomatic history of two countries over a decade of strained relations and three years of detention.\n"
            + "Just landed in Beijing.\nReady to work. pic.twitter.com/AbC123\n— Mark Carney (@MarkJCarney) January 14, 2026\n";
    List<QuoteRow> q = quotes(text);
    assertEquals(1, q.size());
    assertEquals("Just landed in Beijing.\nReady to work.", q.get(0).text());
    assertEquals("tweeted", q.get(0).verb());
    assertEquals(person("Mark Carney"), q.get(0).speaker());
  }
}
