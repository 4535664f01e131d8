package org.newsfigures.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Currencies of the world, money homographs, spelled shares, from-to ranges and hedges; sentences written for the test. */
class MoneyWordsTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.fromReference();

  private static FigureMention only(String text) {
    List<FigureMention> found = EXTRACTOR.extract(text);
    assertEquals(1, found.size(), () -> "one figure in \"" + text + "\", found " + found);
    return found.get(0);
  }

  /** The one figure of {@code text}, checked for its span, kind and value (shares to 0.001 percent). */
  private static FigureMention figure(String text, String span, FigureKind kind, double value) {
    FigureMention m = only(text);
    assertEquals(List.of(span, kind), List.of(m.text(), m.kind()));
    assertEquals(value, m.value(), 1e-3 + Math.abs(value) * 1e-12);
    return m;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // short forms from currency_aliases.csv
      "The port will cost 40 billion pesos to expand | 40 billion pesos | 40e9 | MXN",
      "Mills booked orders of Rs 2,300 crore | Rs 2,300 crore | 23e9 | INR",
      "Mills booked orders of Rs. 710 crore | Rs. 710 crore | 7.1e9 | INR",
      "The scheme costs ₹3 lakh | ₹3 lakh | 3e5 | INR",
      "Remittances reached 61 billion riyals | 61 billion riyals | 61e9 | SAR",
      "A sack fetched 140 reais at the co-op | 140 reais | 140 | BRL",
      "The mine was sold for 9 billion rand | 9 billion rand | 9e9 | ZAR",
      "A ticket costs 8,000 won | 8,000 won | 8000 | KRW",
      "The stadium cost 2 trillion won | 2 trillion won | 2e12 | KRW",
      "The watchmaker earned 700 million francs | 700 million francs | 700e6 | CHF",
      "The chip sells for 990 pence | 990 pence | 9.9 | GBP",
      "The fare is 50 paise higher | 50 paise | 0.5 | INR",
      // names, codes and symbols from ICU4J (Unicode CLDR)
      "The refinery will cost 12 billion Qatari riyals | 12 billion Qatari riyals | 12e9 | QAR",
      "The fund set aside SAR 4.2 billion for roads | SAR 4.2 billion | 4.2e9 | SAR",
      "Soy farmers borrowed R$8.1 billion | R$8.1 billion | 8.1e9 | BRL",
      "The fab will cost NT$300 billion | NT$300 billion | 300e9 | TWD",
      "Wages rose to 410 Polish zlotys a week | 410 Polish zlotys | 410 | PLN",
      "The airline lost 3.4 billion Egyptian pounds | 3.4 billion Egyptian pounds | 3.4e9 | EGP",
      "Harvest loans totalled 15 billion Kenyan shillings | 15 billion Kenyan shillings | 15e9 | KES",
  })
  void currenciesNamedInTheSpanAreExplicit(String text, String span, double value, String iso) {
    assertEquals(iso, figure(text, span, FigureKind.MONEY, value).currency().currency());
  }

  @Test
  void sharedShortFormsListEveryCurrencyTheyMayMeanUsualReadingFirst() {
    CurrencyMarker pesos = only("The toll raised 3 billion pesos").currency();
    assertTrue(pesos.isAmbiguous());
    assertEquals("MXN", pesos.candidates().get(0));
    assertTrue(pesos.candidates().containsAll(List.of("ARS", "CLP", "COP", "PHP")));

    CurrencyMarker riyals = only("They sent home 9 billion riyals").currency();
    assertEquals(List.of("SAR", "QAR"), riyals.candidates());

    CurrencyMarker yen = only("Sales reached ¥4.1 trillion").currency();
    assertEquals(List.of("JPY", "CNY"), yen.candidates());

    CurrencyMarker dollar = only("Sales reached $4.1 billion").currency();
    assertNull(dollar.currency());
    assertTrue(dollar.candidates().containsAll(List.of("USD", "CAD", "AUD", "MXN")));

    CurrencyMarker qatari = only("It cost 5 billion Qatari riyals").currency();
    assertFalse(qatari.isAmbiguous());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The linebacker weighed 240 pounds before camp.",
      "A 230-pound guard blocked the kick.",
      "The farm sold 90 pounds of honey.",
      "Annual use of guar gum is about 12 million pounds.",
      "The Hawks finished with a 9-1 won-lost record.",
      "The pitcher who in 1958 won twenty games retired.",
      "The ALL 5 package and the TOP 10 list.",
  })
  void homographsAndCodeWordsWithoutMoneyAreNoMoney(String text) {
    assertTrue(EXTRACTOR.extract(text).stream().noneMatch(m -> m.kind() == FigureKind.MONEY),
        () -> EXTRACTOR.extract(text).toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The club paid 300 pounds for the mare | 300 pounds | 300",
      "The distillery pledged 2 billion pounds to new casks | 2 billion pounds | 2e9",
      "Its annual profit grew to 48 million pounds | 48 million pounds | 48e6",
      "Whisky exports to Chile reached 75 million pounds last year | 75 million pounds | 75e6",
      "They bought 6 pounds worth of stamps | 6 pounds | 6",
      "The rent is 40 pounds a week, paid in sterling | 40 pounds | 40",
      "She kept a 10-pound note in her coat | 10-pound | 10",
  })
  void poundsWithMoneyAroundThemAreSterling(String text, String span, double value) {
    assertEquals("GBP", figure(text, span, FigureKind.MONEY, value).currency().currency());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Exports of hay shrank by half | half | 50 | EXACT",
      "Orders fell by more than half | half | 50 | MORE_THAN",
      "Japan buys about two-thirds of the crop | two-thirds | 66.6667 | APPROX",
      "Rents rose by a fifth in the spring | a fifth | 20 | EXACT",
      "Roughly three-quarters of its sales go abroad | three-quarters | 75 | APPROX",
      "One in four voters stayed home | One in four | 25 | EXACT",
      "The kit costs a third less than before | a third | 33.3333 | EXACT",
      "Farmers took half the subsidies | half | 50 | EXACT",
  })
  void spelledSharesArePercents(String text, String span, double value, Qualifier qualifier) {
    assertEquals(qualifier, figure(text, span, FigureKind.PERCENT, value).qualifier());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Rooms rent from $1,900 to $2,600 a month | $1,900 to $2,600 | MONEY | 1900 | 2600",
      "Yields ranged from 31 to 57 percent | 31 to 57 percent | PERCENT | 31 | 57",
  })
  void fromToWithoutAChangeIsARange(String text, String span, FigureKind kind, double low, double high) {
    assertEquals(high, figure(text, span, kind, low).valueHigh(), 1e-9);
  }

  @Test
  void fromToAfterAChangeWordIsTwoLevels() {
    List<FigureMention> found = EXTRACTOR.extract("The council cut the levy on cider from 40% to 15% in May.");
    assertEquals(List.of(40.0, 15.0), found.stream().map(FigureMention::value).toList());
  }

  @Test
  void aPercentChangeThenAScaledLevelIsNoRange() {
    List<FigureMention> found = EXTRACTOR.extract("Sales of oats dropped 8.2% to 31.5 million bushels.");
    assertEquals(FigureKind.PERCENT, found.get(0).kind());
    assertEquals(8.2, found.get(0).value(), 1e-9);
    assertNull(found.get(0).valueHigh());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "A 100-per-cent duty applies | 100-per-cent | 100",
      "Sterling fell 4pc against the euro | 4pc | 4",
      "A 3-percent raise was agreed | 3-percent | 3",
  })
  void percentSpellings(String text, String span, double value) {
    figure(text, span, FigureKind.PERCENT, value);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Output was estimated at £3.3 billion | APPROX",
      "Plants run at perhaps 70% of capacity | APPROX",
      "Turnover topped $2.1 trillion | MORE_THAN",
      "Exports topped the $400 billion mark | MORE_THAN",
      "Payments are capped at $5 billion a year | AT_MOST",
      "Rates as high as 12% apply | AT_MOST",
      "Nobody wants sub-$60 oil | LESS_THAN",
      "Buyers pay €25,000 or more per car | AT_LEAST",
      "Loans of 3% or less are rare | AT_MOST",
      "Farms spent a year under 40 per cent tariffs | EXACT",
      "Firms kept costs under 40 per cent of sales | LESS_THAN",
  })
  void hedges(String text, Qualifier qualifier) {
    assertEquals(qualifier, EXTRACTOR.extract(text).get(0).qualifier());
  }
}
