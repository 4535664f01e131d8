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
  void aPublicationStampWinsOverAnUpdateStamp() {
    assertEquals(
        LocalDate.of(2025, 3, 2),
        parse("Headline about the trade talks\nUpdated: March 3, 2025 10:00 AM\nPosted on March 2, 2025\nBody.")
            .publishedDate());
    assertEquals(
        LocalDate.of(2025, 3, 3),
        parse("Headline about the trade talks\nPosted on March 3, 2025\nBody text.").publishedDate());
  }

  @Test
  void aPageShowingOnlyItsUpdateIsDatedByIt() {
    assertEquals(
        LocalDate.of(2025, 3, 3),
        parse("Headline about the trade talks\nUpdated: March 3, 2025 10:00 AM\nBody text.").publishedDate());
  }

  private static LocalDate dateOf(String stampLine) {
    return parse("Headline about the trade talks\n" + stampLine + "\nBody text follows here.").publishedDate();
  }

  @Test
  void stampsInTheFormsOutletsPrint() {
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("2025-11-03 14:05 ET"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Updated 3 Nov 2025, 06:24 AM"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Published: 2025-11-03"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Nov. 3, 2025"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("3 November 2025"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Nov 3, 2025 07:31 GMT"));
    assertEquals(LocalDate.of(1961, 6, 1), dateOf("1961-06-01"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Published: 9:15am, 3 Nov 2025"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Posted Mon 3 Nov 2025 at 8:02pm"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("08:45 November 03, 2025"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("UPDATED Nov 3, 2025, 1:10 PM"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Last Updated: Nov 3, 2025, 10:00:00 AM IST"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("November 3, 2025 at 7:00 AM GMT-5"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Nov 3rd 2025 | PARIS AND BERLIN"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("03.11.2025 - 09:40"), "dotted dates are day first");
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("11/03/2025 06:00 AM EST"), "slashed dates are month first");
    assertEquals(LocalDate.of(2025, 11, 23), dateOf("23/11/2025"), "unless the first number cannot be a month");
  }

  @Test
  void aStampAmongShortFields() {
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Source: Wire | 2025-11-03 18:00:05 | Editor: desk"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("The Daily Ledger (online) | Monday, November 3, 2025 | 10:05"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Published Nov 3, 2025 • Last updated 1 hour ago • 3 minute read"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Posted: Nov 03, 2025 8:30 AM EST | Last Updated: November 4"));
    assertEquals(
        LocalDate.of(2025, 11, 3), dateOf("November 3, 2025 10:15 pm | Updated November 4, 2025 09:00 am IST - MUMBAI"));
    assertEquals(LocalDate.of(2025, 11, 3), dateOf("Updated 4:12 PM EST, November 3, 2025"));
  }

  @Test
  void aDateInASentenceOrBesideLongTextIsNoStamp() {
    assertNull(dateOf("Ships wait at the port on the river delta, Nov. 3, 2025. (Photo/Desk)"));
    assertNull(dateOf("Nov 3, 2025 | Officials said the talks that began in the spring would resume next week"));
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
