package org.newsfigures.core.fx;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Annual average exchange rates, each row giving Canadian and US dollars per unit of one currency in one year
 * (see seeds/reference/fx_rates.csv and docs/fx-rates.md). A conversion uses one row, so the rates of a single
 * year; CAD amounts convert to USD with the USD row of their year.
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
      throw new IllegalArgumentException("the FX table needs USD rates: CAD amounts convert to USD through them");
    }
  }

  /** The table shipped in seeds/reference/fx_rates.csv. */
  public static FxTable fromReference() {
    return new FxTable(rates(ReferenceCsv.rows("fx_rates")));
  }

  /**
   * The rates of fx_rates.csv rows. A row without usd_per_unit (a Bank of Canada row: it publishes CAD rates only)
   * gets its CAD rate divided by the CAD rate of the same year's USD row, which must come from the same source.
   */
  static List<FxRate> rates(List<Map<String, String>> rows) {
    Map<Integer, Map<String, String>> usdRows = rows.stream()
        .filter(r -> "USD".equals(r.get("currency")))
        .collect(Collectors.toMap(r -> Integer.parseInt(r.get("year")), r -> r));
    return rows.stream().map(r -> {
      int year = Integer.parseInt(r.get("year"));
      double cad = Double.parseDouble(r.get("cad_per_unit"));
      String usdCell = r.get("usd_per_unit");
      if (!usdCell.isEmpty()) {
        return new FxRate(year, r.get("currency"), cad, Double.parseDouble(usdCell), r.get("source"));
      }
      Map<String, String> usdRow = usdRows.get(year);
      if (usdRow == null || !usdRow.get("source").equals(r.get("source"))) {
        throw new IllegalArgumentException("fx_rates: " + r.get("currency") + " " + year
            + " has no usd_per_unit and no USD row of " + year + " from " + r.get("source") + " to derive it");
      }
      return new FxRate(year, r.get("currency"), cad, cad / Double.parseDouble(usdRow.get("cad_per_unit")),
          r.get("source"));
    }).toList();
  }

  /**
   * Converts {@code amount} of {@code currency} at the average of {@code year}. When the year is unknown, at the
   * latest year the table has for {@code currency}; when it is known but not in the table, at the nearest year
   * it has (the later one on a tie). Empty when the table has no rate at all for the currency.
   */
  public Optional<Conversion> convert(double amount, String currency, Integer year) {
    return rateYear(currency, year).map(y -> {
      double cad = amount * cadPerUnit(currency, y);
      // CAD and Bank of Canada rows have CAD rates only: their USD value is the CAD value over the USD row's rate.
      boolean throughCad = "CAD".equals(currency) || FxRatesCsv.BANK_OF_CANADA.equals(rate(currency, y).source());
      return new Conversion(throughCad ? cad / cadPerUnit("USD", y) : amount * usdPerUnit(currency, y), cad, y);
    });
  }

  /** CAD per unit of {@code currency} in {@code year}; CAD itself is 1. */
  public double cadPerUnit(String currency, int year) {
    return "CAD".equals(currency) ? 1.0 : rate(currency, year).cadPerUnit();
  }

  /** USD per unit of {@code currency} in {@code year}; CAD's is the inverse of USD's CAD rate. */
  public double usdPerUnit(String currency, int year) {
    return "CAD".equals(currency) ? 1.0 / rate("USD", year).cadPerUnit() : rate(currency, year).usdPerUnit();
  }

  /** Units of {@code quote} one unit of {@code unit} was worth in {@code year}, from the rows holding both. */
  public double rate(String unit, String quote, int year) {
    if (unit.equals(quote)) {
      return 1.0;
    }
    if ("CAD".equals(quote)) {
      return cadPerUnit(unit, year);
    }
    if ("USD".equals(quote)) {
      return usdPerUnit(unit, year);
    }
    if ("USD".equals(unit)) {
      return 1.0 / usdPerUnit(quote, year);
    }
    return cadPerUnit(unit, year) / cadPerUnit(quote, year);
  }

  /** The year whose rates convert {@code currency} for a figure about {@code year} (see {@link #convert}). */
  public Optional<Integer> rateYear(String currency, Integer year) {
    return nearest(years(currency), year);
  }

  /** The year, nearest to {@code year} as in {@link #convert}, that has rates for both currencies. */
  public Optional<Integer> rateYear(String first, String second, Integer year) {
    NavigableSet<Integer> both = years(first);
    both.retainAll(years(second));
    return nearest(both, year);
  }

  private FxRate rate(String currency, int year) {
    FxRate rate = byCurrency.getOrDefault(currency, new TreeMap<>()).get(year);
    if (rate == null) {
      throw new IllegalArgumentException("no " + currency + " rate for " + year);
    }
    return rate;
  }

  /** Years with rates for {@code currency}; CAD has the USD rows' years. */
  private NavigableSet<Integer> years(String currency) {
    NavigableMap<Integer, FxRate> own = byCurrency.get("CAD".equals(currency) ? "USD" : currency);
    return currency == null || own == null ? new TreeSet<>() : new TreeSet<>(own.keySet());
  }

  private static Optional<Integer> nearest(NavigableSet<Integer> years, Integer year) {
    if (years.isEmpty()) {
      return Optional.empty();
    }
    if (year == null) {
      return Optional.of(years.last());
    }
    // Descending, so min keeps the later year on a tie.
    return years.descendingSet().stream().min(Comparator.comparingInt((Integer y) -> Math.abs(y - year)));
  }
}
