package org.newsfigures.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExtractorTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.fromReference();

  private static FigureMention only(String text) {
    List<FigureMention> found = EXTRACTOR.extract(text);
    assertEquals(1, found.size(), () -> "one figure in \"" + text + "\", found " + found);
    FigureMention m = found.get(0);
    assertEquals(text.substring(m.start(), m.end()), m.text());
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Trade totaled US$118.7 billion last year | US$118.7 billion | 118.7e9 | US$ | USD",
      "Imports reached US $85.5 billion | US $85.5 billion | 85.5e9 | US $ | USD",
      "It paid U.S. $5 million | U.S. $5 million | 5e6 | U.S. $ | USD",
      "It paid U.S.$5 million | U.S.$5 million | 5e6 | U.S.$ | USD",
      "It paid $US 40 | $US 40 | 40 | $US | USD",
      "It paid USD 200 | USD 200 | 200 | USD | USD",
      "It paid 5 million USD | 5 million USD | 5e6 | USD | USD",
      "It paid 7 billion U.S. dollars | 7 billion U.S. dollars | 7e9 | U.S. dollars | USD",
      "It paid 3 billion Canadian dollars | 3 billion Canadian dollars | 3e9 | Canadian dollars | CAD",
      "It paid C$118.7 billion | C$118.7 billion | 118.7e9 | C$ | CAD",
      "It paid CA$12 | CA$12 | 12 | CA$ | CAD",
      "It paid Cdn$ 20 million | Cdn$ 20 million | 20e6 | Cdn$ | CAD",
      "It paid CDN$20 | CDN$20 | 20 | CDN$ | CAD",
      "It paid CAD 300 | CAD 300 | 300 | CAD | CAD",
      "It paid RMB 100 | RMB 100 | 100 | RMB | CNY",
      "It paid CNY 100 | CNY 100 | 100 | CNY | CNY",
      "It paid 300 yuan | 300 yuan | 300 | yuan | CNY",
      "It paid 40 billion renminbi | 40 billion renminbi | 40e9 | renminbi | CNY",
      "It paid €3 billion | €3 billion | 3e9 | € | EUR",
      "It paid EUR 125 | EUR 125 | 125 | EUR | EUR",
      "It paid 323 million euros | 323 million euros | 323e6 | euros | EUR",
      "It paid £40m | £40m | 40e6 | £ | GBP",
      "It paid GBP 350 | GBP 350 | 350 | GBP | GBP",
      "It paid 361 million pounds | 361 million pounds | 361e6 | pounds | GBP",
      "It paid ¥500 | ¥500 | 500 | ¥ | JPY",
      "It paid 30 MUSD | 30 MUSD | 30e6 | MUSD | USD",
      "It paid 75 USD million | 75 USD million | 75e6 | USD | USD",
      "The US$1-trillion plan | US$1-trillion | 1e12 | US$ | USD",
  })
  void explicitCurrencies(String text, String span, double value, String marker, String iso) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(FigureKind.MONEY, m.kind());
    assertEquals(value, m.value(), value * 1e-12);
    assertEquals(marker, m.currency().text());
    assertEquals(iso, m.currency().currency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Exports fell to $41.7 billion | $41.7 billion | 41.7e9",
      "It cost half a billion dollars | half a billion dollars | 5e8",
      "It cost three billion dollars | three billion dollars | 3e9",
      "It cost $ 75 million | $ 75 million | 75e6",
      "It cost 5 dollars | 5 dollars | 5",
      "It cost thirteen dollars and forty-five cents | thirteen dollars and forty-five cents | 13.45",
      "It cost 3 dollars 50 cents | 3 dollars 50 cents | 3.5",
      "It cost 50 cents | 50 cents | 0.5",
      "It cost $100 and fifty. | $100 and fifty | 100.5",
  })
  void dollarsWithoutCountryHaveNoCurrency(String text, String span, double value) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(value, m.value(), value * 1e-12);
    assertNull(m.currency().currency());
    assertTrue(!m.currency().isExplicit());
  }

  @Test
  void yenSymbolCarriesItsYuanAlternative() {
    CurrencyMarker yen = only("It paid ¥500").currency();
    assertEquals("CNY", yen.alternative());
    assertEquals("yuan", yen.alternativeWhen());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "It cost us $5 million. | $5 million", "It won a $48 million contract. | $48 million",
      "Country music's $500 million man | $500 million",
  })
  void wordsBeforeASpacedSignAreNoCountry(String text, String span) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertNull(m.currency().currency());
  }

  @Test
  void caseFoldedTextKeepsTheCountry() {
    assertEquals("USD", only("russia accepted a us $ 150 million loan").currency().currency());
  }

  @Test
  void centsAfterAFigureNeedAnAndAndNoNoun() {
    assertEquals(2, EXTRACTOR.extract("It paid $100 and 50 workers joined.").size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Sales rose 75% | 75% | PERCENT | 75",
      "Sales rose 25 per cent | 25 per cent | PERCENT | 25",
      "Sales fell by 10.4 percent | 10.4 percent | PERCENT | 10.4",
      "Sales rose 3 pct | 3 pct | PERCENT | 3",
      "Sales rose twenty-five percent | twenty-five percent | PERCENT | 25",
      "The rate rose 3 percentage points | 3 percentage points | PERCENTAGE_POINTS | 3",
      "Prices changed -5% | -5% | PERCENT | -5",
      "The bank cut its rate by 25 basis points | 25 basis points | PERCENTAGE_POINTS | 0.25",
  })
  void percents(String text, String span, FigureKind kind, double value) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(kind, m.kind());
    assertEquals(value, m.value(), 1e-9);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "about C$118.7 billion | APPROX", "approximately 100,000 people | APPROX", "nearly 40% | APPROX",
      "some 300 people | APPROX", "roughly 5% | APPROX", "around 5% | APPROX", "almost 5% | APPROX",
      "close to 5% | APPROX", "over 70% | MORE_THAN", "More than 1.8 million residents | MORE_THAN",
      "above 5% | MORE_THAN", "exceeding $5 million | MORE_THAN", "less than 4% | LESS_THAN",
      "under 5% | LESS_THAN", "below 5% | LESS_THAN", "fewer than 300 people | LESS_THAN",
      "up to 5% | AT_MOST", "as much as 5% | AT_MOST", "no more than 5% | AT_MOST",
      "at least 5% | AT_LEAST", "no less than 5% | AT_LEAST", "in some cases over 70% | MORE_THAN",
      "in some cases 70% | EXACT", "paid 5% | EXACT",
  })
  void hedges(String text, Qualifier qualifier) {
    assertEquals(qualifier, only(text).qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Exports fell by 10.4 percent | DECREASE", "Sales rose 3 per cent | INCREASE", "Sales dropped 5% | DECREASE",
      "Sales declined 5% | DECREASE", "Sales increased 5% | INCREASE", "Sales grew about 5% | INCREASE",
      "Sales were up 5% | INCREASE", "Sales were down 5% | DECREASE", "Sales saw a 5% drop | DECREASE",
      "It reached a 5% share | -", "Oil made up 40% of sales | -", "Cars make up nearly half of exports | -",
      "Exports slumped 5% | DECREASE", "Trade slips 2% | DECREASE", "Output shrank by almost 7% | DECREASE",
      "Prices soar 12% | INCREASE",
      // A verb before its object and "by"; a noun of change before "of"; a verb before "at"; a word after.
      "Seoul will cut import duties on Chilean wine by 20 percentage points | DECREASE",
      "The accord could lift dairy exports to Japan by as much as 15 per cent | INCREASE",
      "It may trim Peru's growth by between 0.2 and 0.4 percentage points | DECREASE",
      "Copper sales showed a fall of 12 per cent | DECREASE",
      "Wine exports are small but growing at 6 per cent a year | INCREASE",
      "Duties collected were 18 percent more than a year earlier | INCREASE",
      "Exports remain 7 per cent below their 2021 level | DECREASE",
      "Exports stood at 7 per cent of output | -", "Tariffs were cut to 5% | -",
      "The office of 12 per cent of voters | -",
  })
  void directions(String text, String direction) {
    assertEquals(direction.equals("-") ? null : Direction.valueOf(direction), only(text).direction());
  }

  @Test
  void aLevelReachedAfterAChangeHasNoDirection() {
    List<FigureMention> found = EXTRACTOR.extract("Exports fell by 10.4 percent in 2025, to $41.7 billion.");
    assertEquals(Direction.DECREASE, found.get(0).direction());
    assertNull(found.get(1).direction());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "a four-day visit | four-day | 4 | day",
      "over the next 10 years | 10 years | 10 | year",
      "in ten years | ten years | 10 | year",
      "for three years | three years | 3 | year",
      "a 6-month delay | 6-month | 6 | month",
      "two weeks later | two weeks | 2 | week",
      "48 hours | 48 hours | 48 | hour",
      "90 minutes | 90 minutes | 90 | minute",
      "for two decades | two decades | 2 | decade",
      "in nearly a decade | a decade | 1 | decade",
      "a week-long mission | week-long | 1 | week",
      "after a month-long strike | month-long | 1 | month",
  })
  void durations(String text, String span, double value, String unit) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(FigureKind.DURATION, m.kind());
    assertEquals(value, m.value());
    assertEquals(unit, m.unit());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "We will double non-U.S. trade | double | 2", "Exports doubled | doubled | 2",
      "Costs could triple | triple | 3", "Costs tripled | tripled | 3", "It aims to halve emissions | halve | 0.5",
      "a twofold rise | twofold | 2", "a three-fold rise | three-fold | 3",
  })
  void multipliers(String text, String span, double value) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(FigureKind.MULTIPLIER, m.kind());
    assertEquals(value, m.value());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "More than 1.8 million Canadian residents | 1.8 million | 1.8e6",
      "approximately 100,000 Chinese citizens | 100,000 | 100000",
      "two Canadians were detained | two | 2",
      "one hundred and twenty three people | one hundred and twenty three | 123",
      "2.5 trillion cells | 2.5 trillion | 2.5e12",
      "5 bn cells | 5 bn | 5e9",
      "5 mln cells | 5 mln | 5e6",
      "10k runners | 10k | 1e4",
      "1,234,567 votes | 1,234,567 | 1234567",
      "a dozen eggs | a dozen | 12",
  })
  void counts(String text, String span, double value) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(FigureKind.COUNT, m.kind());
    assertEquals(value, m.value(), value * 1e-12);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "between $2 billion and $3 billion | $2 billion and $3 billion | MONEY | 2e9 | 3e9",
      "$2-3 billion | $2-3 billion | MONEY | 2e9 | 3e9",
      "2 to 3 percent | 2 to 3 percent | PERCENT | 2 | 3",
      "10-12 days | 10-12 days | DURATION | 10 | 12",
  })
  void rangesAreOneFigure(String text, String span, FigureKind kind, double low, double high) {
    FigureMention m = only(text);
    assertEquals(span, m.text());
    assertEquals(kind, m.kind());
    assertEquals(low, m.value(), low * 1e-12);
    assertEquals(high, m.valueHigh(), high * 1e-12);
  }

  @Test
  void aChangeFromOneLevelToAnotherIsTwoFigures() {
    List<FigureMention> found = EXTRACTOR.extract("The rate went from 5 to 7%.");
    assertEquals(2, found.size());
    assertEquals(FigureKind.PERCENT, found.get(0).kind()); // the 5 takes the 7's unit
    assertEquals(5, found.get(0).value());
    assertNull(found.get(0).valueHigh());
    assertEquals(7, found.get(1).value());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "It happened in 2024.", "since 2022", "by 2035", "on January 14, 2026", "on Jan. 14, 2026", "13 Jan 2026",
      "12 January 2026", "from January 13 to 17, 2026", "from Jan. 19 to 21", "as of December 2024",
      "in October 2025", "at 06:24 AM", "at 12:01 PM", "the 51st state", "the first visit", "second-largest",
      "the G7 summit", "COVID-19 rules", "pic.twitter.com/NzW4qwBQrW", "@MarkJCarney", "new F-35 jets",
      "Air Canada flies the Boeing 737 there", "two-way trade", "one that builds", "at one point",
      "the two countries", "its two largest partners", "server 192.168.1.2", "the 29km road", "two thirds",
      "a double standard", "double-digit growth", "The bill passed 52-48 in the Senate", "Call 1-800-555-1234 now",
      "in the second half of 2025", "half an hour later", "The 2024-25 budget",
  })
  void notFigures(String text) {
    assertEquals(List.of(), EXTRACTOR.extract(text));
  }

  @Test
  void conversionInParenthesesInheritsTheHedge() {
    List<FigureMention> found = EXTRACTOR.extract("reaching about C$118.7 billion (US $85.5 billion) in 2024");
    assertEquals(2, found.size());
    assertEquals(Qualifier.APPROX, found.get(1).qualifier());
    assertEquals("USD", found.get(1).currency().currency());
  }

  @Test
  void offsetsAreUtf16IndicesIntoTheGivenText() {
    String text = "Prix 😀 : €3 billion";
    FigureMention m = only(text);
    assertEquals(text.indexOf('€'), m.start());
    assertEquals(text.length(), m.end());
  }

  @Test
  void bareUnitsAreReportedSeparately() {
    Extraction e = EXTRACTOR.extractWithBareUnits("The dollar rose against the yuan and a small percent");
    assertEquals(List.of(), e.figures());
    assertEquals(List.of("dollar", "yuan", "percent"), e.bareUnits().stream().map(UnitMention::text).toList());
    assertEquals("CNY", e.bareUnits().get(1).currency().currency());
  }

  @Test
  void overBeforeADurationIsItsSpanUnlessItFollowsAPreposition() {
    List<FigureMention> schedule = EXTRACTOR.extract("The levy falls to 12% over six years.");
    assertEquals("six years", schedule.get(1).text());
    assertEquals(Qualifier.EXACT, schedule.get(1).qualifier());
    assertEquals(Qualifier.MORE_THAN, only("The dispute has run for over six years.").qualifier());
    assertEquals(Qualifier.MORE_THAN, only("Exports reached over $5 billion.").qualifier());
  }
}
