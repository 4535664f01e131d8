package org.newsfigures.core.fx;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Annual average exchange rates, all quoted as Canadian dollars per unit (one source for the whole table,
 * see seeds/reference/fx_rates.csv). USD amounts are derived through CAD with the same year's USD rate, so
 * every conversion uses rates of a single year.
 */
public final class FxTable {
  private final Map<String, NavigableMap<Integer, FxRate>> byCurrency;

  public FxTable(Collection<FxRate> rates) {
    this.byCurrency =
        rates.stream()
            .collect(
                Collectors.groupingBy(
                    FxRate::currency,
                    Collectors.toMap(FxRate::year, r -> r, (a, b) -> {
                      throw new IllegalArgumentException("two rates for " + a.currency() + " " + a.year());
                    }, TreeMap::new)));
    if (!byCurrency.containsKey("USD")) {
      throw new IllegalArgumentException("the FX table needs USD rates: USD amounts are derived through them");
    }
  }

  /** The table shipped in seeds/reference/fx_rates.csv. */
  public static FxTable fromReference() {
    List<FxRate> rates =
        ReferenceCsv.rows("fx_rates").stream()
            .map(r -> new FxRate(
                Integer.parseInt(r.get("year")),
                r.get("currency"),
                Double.parseDouble(r.get("cad_per_unit")),
                r.get("status")))
            .toList();
    return new FxTable(rates);
  }

  /**
   * Converts {@code amount} of {@code currency} at the average of {@code year}. When the year is unknown, at the
   * latest year the table has for both {@code currency} and USD; when it is known but not in the table, at the
   * nearest year it has (the later one on a tie). Empty when the table has no rate at all for the currency.
   */
  public Optional<Conversion> convert(double amount, String currency, Integer year) {
    Optional<Integer> fxYear = rateYear(currency, year);
    return fxYear.map(y -> {
      double cad = amount * cadPerUnit(currency, y);
      return new Conversion(cad / cadPerUnit("USD", y), cad, y);
    });
  }

  /** CAD per unit of {@code currency} in {@code year}; CAD itself is 1. */
  public double cadPerUnit(String currency, int year) {
    if ("CAD".equals(currency)) {
      return 1.0;
    }
    FxRate rate = byCurrency.getOrDefault(currency, new TreeMap<>()).get(year);
    if (rate == null) {
      throw new IllegalArgumentException("no " + currency + " rate for " + year);
    }
    return rate.cadPerUnit();
  }

  /** The year whose rates convert {@code currency} for a figure about {@code year} (see {@link #convert}). */
  public Optional<Integer> rateYear(String currency, Integer year) {
    NavigableMap<Integer, FxRate> usd = byCurrency.get("USD");
    NavigableMap<Integer, FxRate> own = "CAD".equals(currency) ? usd : byCurrency.get(currency);
    if (currency == null || own == null) {
      return Optional.empty();
    }
    // Only years both series have: a conversion never mixes rates of two years.
    List<Integer> years = own.descendingKeySet().stream().filter(usd::containsKey).toList();
    if (years.isEmpty()) {
      return Optional.empty();
    }
    if (year == null) {
      return Optional.of(years.get(0));
    }
    return years.stream().min(Comparator.comparingInt((Integer y) -> Math.abs(y - year)));
  }
}
