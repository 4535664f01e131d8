package org.newsfigures.core.context.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntityRecognizerTest {
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.fromReference();

  private static List<String> persons(String text) {
    return RECOGNIZER.recognize(text).stream()
        .filter(m -> m.entity().type() == EntityType.PERSON)
        .map(m -> m.entity().name() + "@" + m.surface())
        .toList();
  }

  @Test
  void titlesAloneWeekdaysAndSentenceStartsAreNoPersons() {
    assertEquals(
        List.of(),
        persons("Despite that, the Prime Minister arrived on Wednesday. Relations improved. The President spoke. Canadian PM’s visit."));
  }

  @Test
  void surnamesResolveToTheFullNameTheArticleGives() {
    assertEquals(
        List.of("Anita Anand@Anita Anand", "Anita Anand@Anand", "Anita Anand@Anand"),
        persons("Foreign Minister Anita Anand spoke. Later Minister Anand noted it. Anand’s office agreed."));
  }

  @Test
  void titledUnknownNameIsAPersonAndEastAsianNamesShortenToTheFamilyName() {
    assertEquals(List.of("Olaf Scholz@Olaf Scholz", "Olaf Scholz@Scholz"), persons("Chancellor Olaf Scholz left. Scholz said so."));
    assertEquals(List.of("Zhang Wei@Zhang Wei", "Zhang Wei@Zhang"), persons("Zhang Wei left. Then Zhang came back."));
  }

  @Test
  void namesWithInnerCapitalsAndApostrophesAreWholeWords() {
    assertEquals(
        List.of("Dominic LeBlanc@Dominic LeBlanc", "O’Toole@O’Toole", "Dominic LeBlanc@LeBlanc"),
        persons("Minister Dominic LeBlanc met Mr. O’Toole. LeBlanc’s aides agreed."));
    assertEquals(List.of("McConnell@McConnell"), persons("Senator McConnell’s office is nearby."));
  }

  private static List<String> places(String text) {
    return RECOGNIZER.recognize(text).stream()
        .filter(m -> m.entity().type().isPlace())
        .map(m -> m.entity().name() + "/" + m.entity().type().label() + "/" + m.entity().countryCode() + "@" + m.surface())
        .toList();
  }

  @Test
  void countriesAndCitiesAreMatchedAsAttributionMatchesThem() {
    assertEquals(
        List.of("Toronto/city/CA@TORONTO", "United States/country/US@U.S.", "Michigan/region/US@Michigan"),
        places("TORONTO — Canadian exports to the U.S. and non-U.S. buyers rose to US $5 billion in Michigan."));
  }

  @Test
  void aMetonymIsACityOnlyWhenItIsACitysName() {
    assertEquals(
        List.of("Brussels/city/EU@Brussels", "United States/country/US@US"),
        places("Brussels and the White House met the G7 in the US."));
  }

  @Test
  void longestCandidateWinsAndCurrencyPrefixesAreNoPlaces() {
    List<Mention> mentions = RECOGNIZER.recognize("The Asia-Pacific Economic Cooperation met. It cost US$5 billion.");
    assertEquals(List.of("Asia-Pacific Economic Cooperation"), mentions.stream().map(m -> m.entity().name()).toList());
  }
}
