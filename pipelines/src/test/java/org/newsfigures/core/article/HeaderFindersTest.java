package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Headline, byline, dateline and publication date on shapes the seeds do not cover. */
class HeaderFindersTest {
  private static final ArticleParser PARSER = new ArticleParser();

  private static Article parse(String text) {
    return PARSER.parse("test.txt", new DecodedText.Accepted(text, "UTF-8", java.util.List.of()));
  }

  private static Optional<Dateline> dateline(String firstLine) {
    return new DatelineFinder().find(Line.of(firstLine));
  }

  @Test
  void wireDatelines() {
    assertEquals(new Dateline("BEIJING", null), dateline("BEIJING (Reuters) - China said on Monday.").orElseThrow());
    assertEquals(new Dateline("OTTAWA", null), dateline("OTTAWA — Canada said on Monday.").orElseThrow());
    assertEquals(new Dateline("Ottawa", null), dateline("Ottawa, Jan. 12 (AP) — Canada said.").orElseThrow());
    assertEquals(
        new Dateline("Canada", LocalDate.of(2026, 1, 12)),
        dateline("Canada, 12 January 2026 - Canada is on the cusp.").orElseThrow());
  }

  @Test
  void aSentenceWithADashIsNoDateline() {
    assertEquals(Optional.empty(), dateline("Beijing — which denies it — said so."));
    assertEquals(Optional.empty(), dateline("Trade, however - as ever - matters."));
  }

  @Test
  void bylineNeedsAShortCapitalizedName() {
    assertEquals("Jane Doe", parse("Headline about the trade talks\nBy Jane Doe\nBody.").byline());
    assertNull(parse("Headline about the trade talks\nBy 2030, exports will double.\n").byline());
  }

  @Test
  void updatedStampIsNotThePublicationDate() {
    assertNull(parse("Headline about the trade talks\nUpdated: March 3, 2025 10:00 AM\nBody text.").publishedDate());
    assertEquals(
        LocalDate.of(2025, 3, 3),
        parse("Headline about the trade talks\nPosted on March 3, 2025\nBody text.").publishedDate());
  }

  @Test
  void photoCaptionAndWidgetLinesAreNotHeadlines() {
    assertEquals(
        "Carney meets Xi in Beijing",
        parse("Related articles\nCarney arrives in Beijing. (Photo/Xinhua)\nCarney meets Xi in Beijing\nBody.").title());
  }

  @Test
  void aFirstLineOfBodyTextMeansNoTitle() {
    assertNull(parse("Canada said on Monday that trade rose.\nMore text.").title());
    assertNull(parse("Politics\nBody text follows here.").title(), "a one-word section label is not a headline");
  }
}
