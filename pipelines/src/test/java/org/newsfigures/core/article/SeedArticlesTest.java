package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The five seed articles under seeds/articles, read end to end. */
class SeedArticlesTest {
  private static final String[] SEEDS = {"000_", "001_", "002_", "003_", "004_"};

  private static Article seed(String prefix) {
    return SeedArticles.load(prefix);
  }

  @Test
  void allSeedsDecodeAsUtf8WithoutWarnings() {
    for (String prefix : SEEDS) {
      DecodedText.Accepted accepted = assertInstanceOf(DecodedText.Accepted.class, SeedArticles.decode(prefix));
      assertEquals("UTF-8", accepted.encoding());
      assertEquals(List.of(), accepted.warnings());
    }
  }

  @Test
  void bodyFirstArticlesHaveNoTitleNoDateNoByline() {
    Article a000 = seed("000_");
    assertNull(a000.title());
    assertNull(a000.publishedDate(), "the tweet signature's date is not the publication date");
    assertNull(a000.byline());
    assertNull(a000.dateline());
  }

  @Test
  void article001HeadlineButNoPublicationDate() {
    Article a = seed("001_");
    assertEquals("Canada’s Carney Travels to China to Boost Its Non-U.S. Trade", a.title());
    assertNull(a.publishedDate(), "the photo caption's date is not the publication date");
    assertNull(a.byline());
    assertNull(a.dateline());
  }

  @Test
  void article002SkipsScraperJunkAndReadsLabelledDate() {
    Article a = seed("002_");
    assertEquals("Canada’s Carney visits China to rebuild ties and reduce U.S. dependence", a.title());
    assertEquals(LocalDate.of(2026, 1, 13), a.publishedDate());
    assertEquals("Online Desk with AP", a.byline());
    assertNull(a.dateline());
  }

  @Test
  void article003ReadsBylineAndDateStamp() {
    Article a = seed("003_");
    assertEquals("Canada and China Seek Reset as Mark Carney Calls for New Strategic Partnership in Beijing", a.title());
    assertEquals(LocalDate.of(2026, 1, 16), a.publishedDate());
    assertEquals("DD Staff", a.byline());
    assertNull(a.dateline());
  }

  @Test
  void article004ReadsDatelinePlaceAndDate() {
    Article a = seed("004_");
    assertNull(a.title());
    assertEquals(LocalDate.of(2026, 1, 12), a.publishedDate());
    assertNull(a.byline());
    assertEquals("Canada", a.dateline());
  }

  @Test
  void identityAndSentencesAreConsistent() {
    for (String prefix : SEEDS) {
      Article a = seed(prefix);
      assertEquals(64, a.contentSha256().length());
      assertEquals(a.contentSha256().substring(0, 16), a.articleId());
      assertTrue(a.wordCount() > 300, prefix + " words: " + a.wordCount());
      for (int i = 0; i < a.sentences().size(); i++) {
        Sentence s = a.sentences().get(i);
        assertEquals(i, s.index());
        assertEquals(s.text(), a.text().substring(s.start(), s.end()));
      }
    }
  }

  @Test
  void abbreviationsDoNotSplitSeedSentences() {
    Article a = seed("000_");
    assertTrue(
        a.sentences().stream().anyMatch(s -> s.text().startsWith("The diplomatic push") && s.text().endsWith("51st US state.")));
    assertTrue(a.sentences().stream().anyMatch(s -> s.text().endsWith("which runs through Jan. 17.")));
    assertTrue(a.sentences().stream().anyMatch(s -> s.text().startsWith("The visit follows")));
  }
}
