package org.newsfigures.core.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.StableId;

/** The acceptance criteria on the five seed articles. */
class ArticleContextSeedTest {

  private static Optional<EntityRow> entity(String prefix, String name) {
    return ContextSeeds.context(prefix).entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<EventRow> events(String prefix, String type) {
    return ContextSeeds.context(prefix).events().stream().filter(e -> e.eventType().equals(type)).toList();
  }

  private static String personId(String name) {
    return StableId.of("person", name);
  }

  @Test
  void personsOfEveryArticleAreTheNamedPeopleOnceEach() {
    Map<String, Set<String>> expected =
        Map.of(
            "000", Set.of("Mark Carney", "Xi Jinping", "Li Qiang", "Donald Trump", "Anita Anand", "Justin Trudeau", "Joe Biden"),
            "001", Set.of("Mark Carney", "Donald Trump", "Meng Wanzhou", "Xi Jinping"),
            "002", Set.of("Mark Carney", "Donald Trump", "Xi Jinping", "Meng Wanzhou"),
            "003", Set.of("Mark Carney", "Xi Jinping", "Donald Trump", "Meng Wanzhou", "Li Qiang"),
            "004", Set.of("Mark Carney", "Xi Jinping", "Li Qiang", "Justin Trudeau", "Meng Wanzhou", "Donald Trump"));
    expected.forEach(
        (prefix, names) -> {
          List<String> persons =
              ContextSeeds.context(prefix).entities().stream()
                  .filter(e -> e.type().equals("person"))
                  .map(EntityRow::name)
                  .toList();
          assertEquals(names, Set.copyOf(persons), prefix);
          assertEquals(names.size(), persons.size(), prefix + ": one row per person");
        });
  }

  /**
   * Counted by hand in article 000. Carney: "Prime Minister Mark Carney arrived", "Carney is scheduled", "between
   * Carney and Xi", the tweet signature "— Mark Carney", "Prime Minister Carney is here" (inside Anand's quote), "Carney
   * will travel" = 6 (the handle @MarkJCarney and "Canadian PM’s" are not name mentions). Xi: "President Xi Jinping",
   * "Carney and Xi" = 2. Trump: "President Donald Trump", "Trump’s administration" = 2. Anand: "Minister Anita Anand
   * said", "Minister Anand noted" = 2. Li Qiang, Justin Trudeau, Biden ("the Biden administration") = 1 each.
   */
  @Test
  void mentionCountsOfArticle000() {
    Map<String, Integer> expected =
        Map.of(
            "Mark Carney", 6, "Xi Jinping", 2, "Donald Trump", 2, "Anita Anand", 2, "Li Qiang", 1, "Justin Trudeau", 1,
            "Joe Biden", 1);
    expected.forEach((name, count) -> assertEquals(count, entity("000", name).orElseThrow().mentions(), name));
    assertEquals(List.of("Carney", "Mark Carney"), entity("000", "Mark Carney").orElseThrow().surfaceForms());
    assertEquals(personId("Mark Carney"), entity("000", "Mark Carney").orElseThrow().entityId());
  }

  @Test
  void organizationsIncludingApecSpelledApec() {
    assertEquals("organization", entity("001", "Huawei").orElseThrow().type());
    assertEquals(List.of("Apec"), entity("003", "Asia-Pacific Economic Cooperation").orElseThrow().surfaceForms());
    assertEquals(
        List.of("APEC", "Asia-Pacific Economic Cooperation"),
        entity("004", "Asia-Pacific Economic Cooperation").orElseThrow().surfaceForms());
    assertTrue(entity("000", "World Economic Forum").isPresent());
    assertTrue(entity("004", "Human Rights Watch").isPresent());
  }

  @Test
  void placesWithTypeAndCountryCode() {
    record Place(String prefix, String name, String type, String code) {}
    for (Place p :
        List.of(
            new Place("000", "Beijing", "city", "CN"),
            new Place("000", "Davos", "city", "CH"),
            new Place("000", "Ottawa", "city", "CA"),
            new Place("004", "Vancouver", "city", "CA"),
            new Place("000", "South Korea", "country", "KR"),
            new Place("001", "Greenland", "country", "GL"),
            new Place("001", "Venezuela", "country", "VE"),
            new Place("000", "United States", "country", "US"))) {
      EntityRow row = entity(p.prefix(), p.name()).orElseThrow(() -> new AssertionError(p.toString()));
      assertEquals(p.type(), row.type(), p.name());
      assertEquals(p.code(), row.countryCode(), p.name());
    }
  }

  @Test
  void noPersonForSentenceInitialWordsWeekdaysOrTitlesAlone() {
    Set<String> notPersons = Set.of("Prime Minister", "Minister", "President", "Wednesday", "Friday", "Canadian", "Despite", "Relations");
    for (String prefix : ContextSeeds.PREFIXES) {
      for (EntityRow row : ContextSeeds.context(prefix).entities()) {
        if (row.type().equals("person")) {
          assertFalse(notPersons.contains(row.name()), prefix + ": " + row.name());
          assertTrue(row.name().contains(" "), prefix + ": persons resolve to full names, got " + row.name());
        }
      }
    }
  }

  @Test
  void carneysVisitToChina() {
    EventRow scheduled = events("004", "visit").get(0);
    assertEquals(LocalDate.of(2026, 1, 13), scheduled.dateStart());
    assertEquals(LocalDate.of(2026, 1, 17), scheduled.dateEnd());
    assertEquals("China", scheduled.location());
    assertTrue(scheduled.participants().contains(personId("Mark Carney")));

    EventRow arrival = events("000", "visit").get(0);
    assertEquals("Wednesday night", arrival.dateText());
    assertEquals(LocalDate.of(2026, 1, 14), arrival.dateStart(), "the article's only date is the tweet's, a Wednesday");
    assertEquals("Beijing", arrival.location());
  }

  @Test
  void davosWorldEconomicForum() {
    EventRow forum = events("000", "forum").get(0);
    assertEquals(LocalDate.of(2026, 1, 19), forum.dateStart());
    assertEquals(LocalDate.of(2026, 1, 21), forum.dateEnd());
    assertEquals("day", forum.datePrecision());
    assertTrue(forum.participants().contains(StableId.of("organization", "World Economic Forum")));
  }

  @Test
  void apecSummitInSouthKoreaLastOctober() {
    EventRow summit = events("000", "summit").get(0);
    assertEquals("last October", summit.dateText());
    assertEquals(LocalDate.of(2025, 10, 1), summit.dateStart());
    assertEquals(LocalDate.of(2025, 10, 31), summit.dateEnd());
    assertEquals("month", summit.datePrecision());
    assertEquals("South Korea", summit.location());
    assertEquals(LocalDate.of(2025, 10, 1), events("003", "summit").get(0).dateStart());
  }

  @Test
  void xiMeetingOnFriday() {
    for (String prefix : List.of("001", "003")) {
      EventRow meeting =
          events(prefix, "meeting").stream().filter(e -> e.dateText().equals("Friday")).findFirst().orElseThrow();
      assertEquals(LocalDate.of(2026, 1, 16), meeting.dateStart(), prefix);
      assertTrue(meeting.participants().contains(personId("Xi Jinping")), prefix);
    }
  }

  @Test
  void mengWanzhouArrestIn2018AtYearPrecision() {
    for (String prefix : List.of("001", "003", "004")) {
      EventRow arrest = events(prefix, "arrest").get(0);
      assertEquals(LocalDate.of(2018, 1, 1), arrest.dateStart(), prefix);
      assertEquals(LocalDate.of(2018, 12, 31), arrest.dateEnd(), prefix);
      assertEquals("year", arrest.datePrecision(), prefix);
      assertTrue(arrest.participants().contains(personId("Meng Wanzhou")), prefix);
    }
    assertEquals("Vancouver", events("004", "arrest").get(0).location());
  }

  @Test
  void eventsOfDifferentArticlesStaySeparate() {
    Set<String> ids =
        ContextSeeds.context("001").events().stream().map(EventRow::eventId).collect(Collectors.toSet());
    ContextSeeds.context("003").events().forEach(e -> assertFalse(ids.contains(e.eventId())));
  }

  @Test
  void anandsQuotesAreHers() {
    List<QuoteRow> quotes = ContextSeeds.context("000").quotes();
    QuoteRow trade = quotes.stream().filter(q -> q.text().startsWith("We will double non-U.S. trade over the next 10 years")).findFirst().orElseThrow();
    assertEquals(personId("Anita Anand"), trade.speaker());
    assertEquals("said", trade.verb());
    QuoteRow recalibrate =
        quotes.stream().filter(q -> q.text().startsWith("Prime Minister Carney is here to recalibrate the Canada-China relationship")).findFirst().orElseThrow();
    assertEquals(personId("Anita Anand"), recalibrate.speaker(), "“…,” she said: the person last named before the quote");
  }

  @Test
  void carneysTweetIsHisQuote() {
    QuoteRow tweet = ContextSeeds.context("000").quotes().stream().filter(q -> q.verb().equals("tweeted")).findFirst().orElseThrow();
    assertTrue(tweet.text().startsWith("Just landed in Beijing.\n"));
    assertTrue(tweet.text().endsWith("responds to the challenges of today."), "without the pic.twitter.com link");
    assertEquals(personId("Mark Carney"), tweet.speaker());
  }

  @Test
  void scareQuotesAreNotQuotesButAttributedPhrasesAre() {
    Set<String> texts =
        List.of(ContextSeeds.PREFIXES).stream()
            .flatMap(p -> ContextSeeds.context(p).quotes().stream())
            .map(QuoteRow::text)
            .collect(Collectors.toSet());
    assertFalse(texts.contains("deep freeze."));
    assertFalse(texts.contains("annex"));
    assertFalse(texts.contains("Donroe"));
    QuoteRow aggression = ContextSeeds.context("000").quotes().get(0);
    assertEquals("economic aggression", aggression.text(), "attributed: “Canadian officials describe as”");
    assertNull(aggression.speaker(), "officials are not a named person");
  }

  @Test
  void offsetsAreCodePointsIntoTheArticleText() {
    for (String prefix : ContextSeeds.PREFIXES) {
      String text = ContextSeeds.article(prefix).text();
      int[] codePoints = text.codePoints().toArray();
      for (QuoteRow q : ContextSeeds.context(prefix).quotes()) {
        assertEquals(q.text(), new String(codePoints, q.charStart(), q.charEnd() - q.charStart()), prefix);
      }
      for (EntityRow e : ContextSeeds.context(prefix).entities()) {
        String atStart = new String(codePoints, e.firstCharStart(), codePoints.length - e.firstCharStart());
        assertTrue(e.surfaceForms().stream().anyMatch(atStart::startsWith), prefix + " " + e.name());
      }
      for (EventRow v : ContextSeeds.context(prefix).events()) {
        String span = new String(codePoints, v.charStart(), v.charEnd() - v.charStart());
        assertTrue(span.contains(v.dateText()), prefix + " " + span);
      }
    }
  }

  @Test
  void extractionIsDeterministic() {
    for (String prefix : ContextSeeds.PREFIXES) {
      assertEquals(ContextSeeds.context(prefix), ContextSeeds.EXTRACTOR.extract(ContextSeeds.article(prefix)));
    }
  }
}
