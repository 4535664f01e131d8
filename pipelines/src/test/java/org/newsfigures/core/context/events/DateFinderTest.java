package org.newsfigures.core.context.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
  private static final DateFinder DATES = new DateFinder();
  /** A Wednesday. */
  private static final LocalDate PUBLISHED = LocalDate.of(2026, 1, 14);

  private static DateMention only(String text, LocalDate published) {
    List<DateMention> found = DATES.find(text, published);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  private static void assertSpan(DateMention d, String text, String first, String last, DatePrecision precision) {
    assertEquals(text, d.text());
    assertEquals(LocalDate.parse(first), d.first());
    assertEquals(LocalDate.parse(last), d.last());
    assertEquals(precision, d.precision());
  }

  @Test
  void weekdaysAreTheOneWithinThreeDaysOfTheAnchor() {
    assertSpan(only("He arrived on Wednesday night.", PUBLISHED), "Wednesday night", "2026-01-14", "2026-01-14", DatePrecision.DAY);
    assertSpan(only("They meet on Friday.", PUBLISHED), "Friday", "2026-01-16", "2026-01-16", DatePrecision.DAY);
    assertSpan(only("They met on Monday.", PUBLISHED), "Monday", "2026-01-12", "2026-01-12", DatePrecision.DAY);
    assertSpan(only("They met last Friday.", PUBLISHED), "last Friday", "2026-01-09", "2026-01-09", DatePrecision.DAY);
  }

  @Test
  void monthsWithoutYear() {
    assertSpan(only("They met last October.", PUBLISHED), "last October", "2025-10-01", "2025-10-31", DatePrecision.MONTH);
    assertSpan(only("He said in October that", PUBLISHED), "October", "2025-10-01", "2025-10-31", DatePrecision.MONTH);
    assertSpan(only("It ends next March.", PUBLISHED), "next March", "2026-03-01", "2026-03-31", DatePrecision.MONTH);
  }

  @Test
  void dayRangesTakeTheAnchorsYear() {
    assertSpan(only("in Davos from Jan. 19 to 21 to attend", PUBLISHED), "Jan. 19 to 21", "2026-01-19", "2026-01-21", DatePrecision.DAY);
    assertSpan(only("from January 13 to 17, 2026, meeting", null), "January 13 to 17, 2026", "2026-01-13", "2026-01-17", DatePrecision.DAY);
    assertSpan(only("the trip, which runs through Jan. 17.", PUBLISHED), "through Jan. 17", "2026-01-14", "2026-01-17", DatePrecision.DAY);
  }

  @Test
  void yearsAndQualifiedYears() {
    assertSpan(only("since late 2025, it", PUBLISHED), "late 2025", "2025-01-01", "2025-12-31", DatePrecision.YEAR);
    assertSpan(only("plans to go later this year", PUBLISHED), "later this year", "2026-01-01", "2026-12-31", DatePrecision.YEAR);
    assertSpan(only("visiting China this week", PUBLISHED), "this week", "2026-01-12", "2026-01-18", DatePrecision.WEEK);
    assertSpan(only("Last week, they met.", PUBLISHED), "Last week", "2026-01-05", "2026-01-11", DatePrecision.WEEK);
    assertSpan(only("Late 2025 saw it.", PUBLISHED), "Late 2025", "2025-01-01", "2025-12-31", DatePrecision.YEAR);
    List<DateMention> both = DATES.find("In 2018, Canada kept her in detention until 2021.", null);
    assertSpan(both.get(1), "until 2021", "2018-01-01", "2021-12-31", DatePrecision.YEAR);
  }

  @Test
  void withoutPublicationDateTheNearestExplicitDateAnchors() {
    String text = "He arrived on Wednesday night.\nJust landed.\n— A B (@ab) January 14, 2026";
    DateMention wednesday = DATES.find(text, null).get(0);
    assertEquals(LocalDate.of(2026, 1, 14), wednesday.first());
    assertTrue(DATES.find("He arrived on Wednesday night.", null).isEmpty(), "no anchor, no relative date");
  }

  @Test
  void publicationStampsAreMarked() {
    assertTrue(only("January 16, 2026 06:24 AM", null).stamp());
    assertTrue(DATES.find("Canada, 12 January 2026 - Canada is", null).get(0).stamp());
    assertEquals(false, only("arrives in Beijing, on Jan. 14, 2026, for", null).stamp());
  }

  @Test
  void moneyAndPercentagesAreNotYears() {
    assertTrue(DATES.find("US$2024 million and 2030% and 1,2019", null).isEmpty());
  }
}
