package org.newsfigures.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.geo.CountryGazetteer.Kind;
import org.newsfigures.core.geo.CountryGazetteer.Place;

class CountryGazetteerTest {
  private static final CountryGazetteer GAZETTEER = CountryGazetteer.fromReference();

  private static final List<String> G20_AND_EU =
      List.of(
          // G20 members (the EU and the African Union are blocs)
          "AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA", "TR",
          "GB", "US",
          // EU members not already listed
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "GR", "HU", "IE", "LV", "LT", "LU", "MT", "NL",
          "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  /** "CODE:surface" of every mention, in text order. */
  private static List<String> mentions(String text) {
    return GAZETTEER.find(text).stream().map(p -> p.code() + ":" + p.surface()).collect(Collectors.toList());
  }

  @Test
  void everyIsoCountryCodeHasAName() {
    String[] codes = ULocale.getISOCountries();
    assertTrue(codes.length >= 249, "ICU lists " + codes.length + " region codes");
    for (String code : codes) {
      String name = GAZETTEER.name(code);
      assertFalse(name.isBlank(), code);
      assertFalse(name.contains(" - ") || name.contains("(") || name.contains(" SAR"), code + " -> " + name);
    }
  }

  @Test
  void namesAreShortEnglishNames() {
    Map<String, String> expected =
        Map.of(
            "US", "United States",
            "KR", "South Korea",
            "HK", "Hong Kong",
            "MM", "Myanmar",
            "CD", "Democratic Republic of the Congo",
            "BA", "Bosnia and Herzegovina",
            "EU", "European Union",
            "ASEAN", "Association of Southeast Asian Nations");
    expected.forEach((code, name) -> assertEquals(name, GAZETTEER.name(code), code));
  }

  @Test
  void unknownCodeIsRefusedWithItsReason() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GAZETTEER.name("ZZ"));
    assertTrue(e.getMessage().contains("ZZ"));
  }

  @Test
  void g20AndEuMembersHaveDemonyms() {
    for (String code : G20_AND_EU) {
      assertFalse(GAZETTEER.demonym(code).isBlank(), code);
    }
    Map<String, String> expected =
        Map.of("CA", "Canadian", "CN", "Chinese", "GB", "British", "US", "American", "NL", "Dutch", "EU", "European");
    expected.forEach((code, demonym) -> assertEquals(demonym, GAZETTEER.demonym(code), code));
  }

  @Test
  void everyInhabitedRegionHasADemonym() {
    for (String code : ULocale.getISOCountries()) {
      if (!code.equals("AQ")) {
        assertFalse(GAZETTEER.demonym(code).isBlank(), code);
      }
    }
  }

  @Test
  void namesDemonymsAndPluralsAreMentions() {
    assertEquals(
        List.of("CA:Canadian", "CN:China", "CA:Canadians", "CN:Chinese"),
        mentions("Canadian canola sales to China fell, and Canadians now sell less to Chinese crushers."));
    assertEquals(List.of("KR:South Korea"), mentions("South Korea's exports rose."));
    assertEquals(List.of("NL:Netherlands"), mentions("Trade with the Netherlands grew."));
    assertEquals(List.of("NL:Holland", "NL:Dutch"), mentions("Holland ships Dutch flowers."));
  }

  @Test
  void abbreviationsMatchExactly() {
    assertEquals(
        List.of("US:U.S.", "US:US", "GB:UK", "GB:U.K.", "AE:UAE", "CN:PRC", "KR:S. Korea", "KR:ROK"),
        mentions("The U.S. and US allies, the UK and U.K. firms, the UAE, the PRC, S. Korea and the ROK met."));
  }

  @Test
  void currencyMarkersAndThePronounAreNotTheUnitedStates() {
    assertEquals(List.of(), mentions("The deal is worth US$5 billion, or US $5 billion."));
    assertEquals(List.of(), mentions("Tell us what you think."));
  }

  @Test
  void nonUsIsNotAMentionOfTheUnitedStates() {
    assertEquals(List.of(), mentions("Non-U.S. buyers and non-U.S. exports grew."));
  }

  @Test
  void longestMatchWins() {
    assertEquals(List.of("PG:Papua New Guinea"), mentions("Papua New Guinea signed."));
    assertEquals(List.of("GN:Guinea"), mentions("Guinea signed."));
    assertEquals(List.of("NG:Nigeria", "NE:Niger"), mentions("Nigeria and Niger signed."));
    assertEquals(List.of("DO:Dominican Republic", "DM:Dominica"), mentions("Dominican Republic and Dominica."));
    assertEquals(List.of("CD:Democratic Republic of the Congo"), mentions("the Democratic Republic of the Congo"));
    assertEquals(List.of("SS:South Sudan", "SD:Sudan"), mentions("South Sudan and Sudan"));
  }

  @Test
  void placesThatOnlyContainACountryWordAreNotMentions() {
    assertEquals(List.of(), mentions("Farmers in New Mexico and New South Wales, and Latin American buyers."));
    assertEquals(List.of(), mentions("Tankers crossed the Indian Ocean and the South China Sea."));
    assertEquals(List.of("JE:Jersey"), mentions("New Jersey is not Jersey."));
    assertEquals(List.of(), mentions("Brussels sprouts, Dutch disease and Male workers."));
    assertEquals(List.of("MV:Malé"), mentions("Malé"));
  }

  @Test
  void capitalizedCountryWordsAreCountries() {
    assertEquals(List.of("TR:Turkey"), mentions("Turkey raised tariffs on turkey imports."));
    assertEquals(List.of("TD:Chad", "JO:Jordan"), mentions("Chad and Jordan signed."));
  }

  @Test
  void placeWordsUsedAsPersonNamesAreNotMentions() {
    assertEquals(List.of(), mentions("By Jordan Ellis and Chad Smith, with Sydney Larson at Georgia Tech."));
    assertEquals(List.of("JO:Jordan", "AU:Sydney"), mentions("Exports to Jordan rose; Sydney shipped more."));
  }

  @Test
  void allCapitalsDatelinesAndHeadlinesMatch() {
    assertEquals(List.of("CA:TORONTO"), mentions("TORONTO — Exports rose."));
    assertEquals(List.of("CN:CHINA", "US:U.S."), mentions("CHINA CUTS U.S. SOYBEAN ORDERS"));
  }

  @Test
  void accentsAreOptional() {
    assertEquals(List.of("CO:Bogota", "CI:Cote d'Ivoire"), mentions("Bogota and Cote d'Ivoire"));
    assertEquals(List.of("CI:Côte d’Ivoire"), mentions("Côte d’Ivoire"));
  }

  @Test
  void aPlaceCarriesTheAliasAsTheReferenceWritesIt() {
    assertEquals(List.of("Toronto", "Bogotá", "U.S."),
        GAZETTEER.find("TORONTO and Bogota met the U.S.").stream().map(Place::alias).toList());
  }

  @Test
  void cityNamesAndWordsNeverInNames() {
    assertTrue(GAZETTEER.isCityName("Brussels"));
    assertTrue(GAZETTEER.isCityName("Toronto"));
    assertFalse(GAZETTEER.isCityName("White House"));
    assertTrue(GAZETTEER.wordsNeverInNames().containsAll(List.of("Canada", "Canadian", "Ottawa", "Kremlin")));
    assertFalse(GAZETTEER.wordsNeverInNames().contains("Jordan"), "also a name, as in Jordan Ellis");
  }

  @Test
  void citiesCapitalsAndMetonymsCarryTheirKind() {
    List<Place> places = GAZETTEER.find("Mexico City officials met Ottawa, the Kremlin and Brussels in Mumbai.");
    assertEquals(
        List.of(
            new Place(0, 11, "Mexico City", "Mexico City", "MX", Kind.CAPITAL),
            new Place(26, 32, "Ottawa", "Ottawa", "CA", Kind.CAPITAL),
            new Place(38, 45, "Kremlin", "Kremlin", "RU", Kind.METONYM),
            new Place(50, 58, "Brussels", "Brussels", "EU", Kind.METONYM),
            new Place(62, 68, "Mumbai", "Mumbai", "IN", Kind.CITY)),
        places);
  }

  @Test
  void blocsHaveTheirOwnCodes() {
    assertEquals(
        List.of("EU:EU", "EU:European Union", "ASEAN:ASEAN", "G7:G7", "G20:Group of 20", "USMCA:CUSMA"),
        mentions("The EU, the European Union, ASEAN, the G7, the Group of 20 and CUSMA."));
    assertEquals(Kind.BLOC, GAZETTEER.find("OPEC").get(0).kind());
  }

  @Test
  void timeZoneCitiesAreKnownButEnglishWordsAreNot() {
    assertEquals(List.of("CL:Punta Arenas", "RU:Vladivostok"), mentions("Punta Arenas and Vladivostok"));
    assertEquals(List.of(), mentions("Resolute officials met Davis."));
  }

  @Test
  void datelinePlacesResolveToTheirCountry() {
    assertEquals(Optional.of("CA"), GAZETTEER.codeOf("TORONTO"));
    assertEquals(Optional.of("MX"), GAZETTEER.codeOf("Mexico City"));
    assertEquals(Optional.of("SG"), GAZETTEER.codeOf("SINGAPORE/SYDNEY"));
    assertEquals(Optional.of("US"), GAZETTEER.codeOf("WASHINGTON"));
    assertEquals(Optional.of("CN"), GAZETTEER.codeOf("BEIJING"));
    assertEquals(Optional.of("NG"), GAZETTEER.codeOf("Lagos, Nigeria"));
    assertEquals(Optional.of("EU"), GAZETTEER.codeOf("BRUSSELS"));
    assertEquals(Optional.empty(), GAZETTEER.codeOf("Springfield"));
  }

  /** A long text is read as its parts are: no state carried from one sentence to the next, nothing dropped. */
  @Test
  void twoMegabytesOfCountryNamesGiveThePlacesOfEachSentence() {
    String sentence = "Papua New Guinea, the U.S., South Korea's Seoul, Chinese and non-U.S. buyers in BRUSSELS. ";
    List<Place> once = GAZETTEER.find(sentence);
    StringBuilder text = new StringBuilder();
    while (text.length() < 2_000_000) {
      text.append(sentence);
    }
    int repeats = text.length() / sentence.length();
    List<Place> places = GAZETTEER.find(text.toString());
    assertEquals(6 * repeats, places.size());
    for (int i = 0; i < places.size(); i++) {
      Place part = once.get(i % once.size());
      int shift = i / once.size() * sentence.length();
      assertEquals(new Place(part.start() + shift, part.end() + shift, part.surface(), part.alias(), part.code(),
          part.kind()), places.get(i), "place " + i);
    }
  }
}
