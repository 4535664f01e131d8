package org.newsfigures.core.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.reference.ReferenceCsv;

/** Every currency the extractor and the currency resolver can name has rates wherever the ECB quotes it. */
class FxCoverageTest {
  /** The ECB's euro reference rates quoted throughout 2015-2025 (the euro itself included). */
  private static final Set<String> ECB_EVERY_YEAR = Set.of("EUR", "USD", "JPY", "BGN", "CZK", "DKK", "GBP", "HUF",
      "PLN", "RON", "SEK", "CHF", "NOK", "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN",
      "MYR", "NZD", "PHP", "SGD", "THB", "ZAR");
  /** Quoted for part of the range: ISK again from February 2018, HRK until Croatia took the euro, RUB until March 2022. */
  private static final Map<String, List<Integer>> ECB_SOME_YEARS = Map.of(
      "ISK", IntStream.rangeClosed(2018, 2025).boxed().toList(),
      "HRK", IntStream.rangeClosed(2015, 2022).boxed().toList(),
      "RUB", IntStream.rangeClosed(2015, 2022).boxed().toList());

  /** The day whose legal tender the currency resolver takes for a home country's currency. */
  private static final Date LEGAL_TENDER_ON = new Date(1767225600000L); // 2026-01-01T00:00:00Z

  private final FxTable fx = FxTable.fromReference();

  /**
   * The currencies markers name (currency_aliases.csv) and the home currency of every ISO 3166 region as ICU4J
   * gives it, which is where the resolver takes a home country's currency from.
   */
  private static Set<String> knownCurrencies() {
    Set<String> codes = new TreeSet<>();
    ReferenceCsv.rows("currency_aliases").forEach(r -> codes.add(r.get("currency")));
    for (String region : ULocale.getISOCountries()) {
      String[] inForce = Currency.getAvailableCurrencyCodes(new ULocale("und", region), LEGAL_TENDER_ON);
      if (inForce != null && inForce.length > 0) {
        codes.add(inForce[0]);
      }
    }
    codes.remove("");
    return codes;
  }

  @Test
  void everyKnownCurrencyTheEcbQuotesHasARateForEveryYearItQuotesIt() {
    List<String> missing = new ArrayList<>();
    for (String code : knownCurrencies()) {
      List<Integer> years = ECB_EVERY_YEAR.contains(code)
          ? IntStream.rangeClosed(2015, 2025).boxed().toList()
          : ECB_SOME_YEARS.getOrDefault(code, List.of());
      for (int year : years) {
        if (fx.rateYear(code, year).filter(y -> y == year).isEmpty()) {
          missing.add(code + " " + year);
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void theSeedCurrenciesAreAmongThem() {
    assertTrue(knownCurrencies().containsAll(Set.of("CAD", "USD", "CNY", "EUR", "JPY", "GBP")), knownCurrencies()
        .toString());
  }

  @Test
  void everyYearHasTheEcbsCurrencies() {
    for (int year = 2015; year <= 2025; year++) {
      for (String code : ECB_EVERY_YEAR) {
        assertEquals(year, fx.rateYear(code, year).orElseThrow(), code + " " + year);
      }
    }
  }
}
