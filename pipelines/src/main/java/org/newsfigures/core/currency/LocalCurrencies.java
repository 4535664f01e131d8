package org.newsfigures.core.currency;

import com.ibm.icu.util.Currency;
import com.ibm.icu.util.ULocale;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each country's currency and how its own press writes it, from ICU4J's CLDR data (a maintained source for every ISO
 * 3166 region): the currency in legal tender on a given day, whether its English narrow symbol is "$" (Canada's,
 * Australia's and Mexico's peso all are) and whether its English name is a dollar. "EU" stands for the euro area.
 */
public final class LocalCurrencies {
  /** 2026-01-01T00:00Z: a fixed day, so output never depends on the day of the run. */
  public static final Date LEGAL_TENDER_ON = new Date(1_767_225_600_000L);
  private static final String DOLLAR_SIGN = "$";
  private final Date asOf;
  private final Map<String, Optional<Currency>> byCountry = new ConcurrentHashMap<>();

  /** @param asOf the day whose legal tender counts (the currencies in force, not archives') */
  public LocalCurrencies(Date asOf) {
    this.asOf = asOf;
  }

  /** The ISO 4217 code of the country's currency, if ICU knows the country. */
  Optional<String> of(String countryCode) {
    return currency(countryCode).map(Currency::getCurrencyCode);
  }

  /** The country's currency, when its own press writes it with a bare "$". */
  Optional<String> writtenWithDollarSign(String countryCode) {
    return currency(countryCode)
        .filter(c -> DOLLAR_SIGN.equals(c.getName(ULocale.ENGLISH, Currency.NARROW_SYMBOL_NAME, new boolean[1])))
        .map(Currency::getCurrencyCode);
  }

  /** The country's currency, when it is a dollar ("dollars" in that country's press means it). */
  Optional<String> dollarOf(String countryCode) {
    return currency(countryCode)
        .filter(c -> c.getName(ULocale.ENGLISH, Currency.LONG_NAME, new boolean[1]).toLowerCase(Locale.ROOT)
            .contains("dollar"))
        .map(Currency::getCurrencyCode);
  }

  /** The last word of the English name of the country's currency, lowercase: "dollar" for US, "franc" for CH. */
  public Optional<String> nounOf(String countryCode) {
    return currency(countryCode).map(c -> {
      String name = c.getName(ULocale.ENGLISH, Currency.LONG_NAME, new boolean[1]).toLowerCase(Locale.ROOT);
      return name.substring(name.lastIndexOf(' ') + 1);
    });
  }

  private Optional<Currency> currency(String countryCode) {
    if (countryCode == null) {
      return Optional.empty();
    }
    return byCountry.computeIfAbsent(countryCode, code -> {
      String region = "EU".equals(code) ? "DE" : code;
      String[] codes = Currency.getAvailableCurrencyCodes(new ULocale("und", region), asOf);
      return codes == null || codes.length == 0 ? Optional.empty() : Optional.of(Currency.getInstance(codes[0]));
    });
  }
}
