package org.newsfigures.core.fx;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Annual averages of the European Central Bank's daily euro reference rates (the {@code eurofxref-hist.csv}
 * file: one row per day, one column per currency, units of the currency per one euro, "N/A" or blank where
 * the ECB did not quote it), crossed through the euro into Canadian and US dollars.
 *
 * <p>Rule: on each day the ECB quoted currency X, USD and CAD, the day's cross rates are CAD per X =
 * (CAD per EUR) / (X per EUR) and USD per X = (USD per EUR) / (X per EUR), with X per EUR = 1 for the euro
 * itself; a year's rate is the arithmetic mean of its days' cross rates. The mean of daily crosses is the
 * rate an amount spread over the year actually met; the ratio of two annual averages is not (it differs from
 * it by the covariance of the two series over the year). For the euro the mean is the ECB's own annual
 * average of USD and CAD per EUR. CAD gets no rows of its own: its USD value comes from the USD rows.
 */
public final class EcbAnnualAverages {
  private static final String EUR = "EUR";

  /**
   * One currency's rates for one year.
   *
   * @param days days averaged (the ECB quoted the currency, USD and CAD)
   * @param yearDays days in that year on which the ECB quoted USD and CAD: fewer {@code days} mark a part year
   * @param first first day averaged
   * @param last last day averaged
   */
  public record Average(
      String currency, int year, double cadPerUnit, double usdPerUnit, int days, int yearDays, LocalDate first,
      LocalDate last) {}

  /**
   * The averages of every currency and year in the asked range, sorted by currency then year, and the dates the
   * whole file covers.
   */
  public record Derivation(LocalDate fileFirst, LocalDate fileLast, List<Average> averages) {}

  private EcbAnnualAverages() {}

  /**
   * Derives the averages for years {@code fromYear}..{@code toYear} from an ECB history file.
   *
   * @throws IllegalArgumentException naming the line when the file is not in the ECB's format
   */
  public static Derivation derive(Reader ecbCsv, int fromYear, int toYear) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
    List<String[]> lines;
    try (MappingIterator<String[]> it = mapper.readerFor(String[].class).readValues(ecbCsv)) {
      lines = it.readAll();
    }
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("the ECB file is empty");
    }
    List<String> currencies = header(lines.get(0));
    Map<String, Sums> sums = new HashMap<>();
    Map<Integer, Integer> yearDays = new HashMap<>();
    LocalDate fileFirst = null;
    LocalDate fileLast = null;
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i);
      int lineNumber = i + 1;
      LocalDate date = date(cells[0], lineNumber);
      fileFirst = fileFirst == null || date.isBefore(fileFirst) ? date : fileFirst;
      fileLast = fileLast == null || date.isAfter(fileLast) ? date : fileLast;
      if (date.getYear() < fromYear || date.getYear() > toYear) {
        continue;
      }
      Map<String, Double> perEuro = perEuro(currencies, cells, lineNumber);
      Double usd = perEuro.get("USD");
      Double cad = perEuro.get("CAD");
      if (usd == null || cad == null) {
        continue;
      }
      yearDays.merge(date.getYear(), 1, Integer::sum);
      perEuro.put(EUR, 1.0);
      perEuro.forEach((currency, rate) -> {
        if (!"CAD".equals(currency)) {
          sums.computeIfAbsent(currency + " " + date.getYear(), k -> new Sums(currency, date.getYear()))
              .add(date, cad / rate, usd / rate);
        }
      });
    }
    List<Average> averages = new ArrayList<>();
    for (Sums s : sums.values()) {
      averages.add(new Average(s.currency, s.year, s.cad / s.days, s.usd / s.days, s.days, yearDays.get(s.year),
          s.first, s.last));
    }
    averages.sort(Comparator.comparing(Average::currency).thenComparingInt(Average::year));
    return new Derivation(fileFirst, fileLast, List.copyOf(averages));
  }

  /** Currency codes of the header after "Date"; the ECB's trailing comma leaves a blank last name. */
  private static List<String> header(String[] cells) {
    if (cells.length < 2 || !"Date".equals(cells[0])) {
      throw new IllegalArgumentException("line 1: the ECB file starts with a header Date,USD,JPY,...; found "
          + String.join(",", cells));
    }
    List<String> currencies = new ArrayList<>();
    for (int i = 1; i < cells.length; i++) {
      String code = cells[i];
      if (!code.isEmpty() && !code.matches("[A-Z]{3}")) {
        throw new IllegalArgumentException("line 1, column " + (i + 1) + ": '" + code + "' is not an ISO 4217 code");
      }
      currencies.add(code);
    }
    if (!currencies.contains("USD") || !currencies.contains("CAD")) {
      throw new IllegalArgumentException("line 1: the ECB file needs USD and CAD columns to cross through the euro");
    }
    return currencies;
  }

  private static LocalDate date(String cell, int lineNumber) {
    try {
      return LocalDate.parse(cell);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("line " + lineNumber + ": '" + cell + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  /** The line's quoted rates, by currency; "N/A" and blank cells are days the ECB did not quote it. */
  private static Map<String, Double> perEuro(List<String> currencies, String[] cells, int lineNumber) {
    Map<String, Double> rates = new LinkedHashMap<>();
    for (int i = 0; i < currencies.size(); i++) {
      String currency = currencies.get(i);
      String cell = i + 1 < cells.length ? cells[i + 1] : "";
      if (currency.isEmpty() || cell.isEmpty() || "N/A".equals(cell)) {
        continue;
      }
      double rate;
      try {
        rate = Double.parseDouble(cell);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ", " + currency + ": '" + cell + "' is not a rate", e);
      }
      if (!(rate > 0)) {
        throw new IllegalArgumentException(
            "line " + lineNumber + ", " + currency + ": rate " + cell + " is not positive");
      }
      rates.put(currency, rate);
    }
    return rates;
  }

  private static final class Sums {
    private final String currency;
    private final int year;
    private double cad;
    private double usd;
    private int days;
    private LocalDate first;
    private LocalDate last;

    Sums(String currency, int year) {
      this.currency = currency;
      this.year = year;
    }

    void add(LocalDate date, double cadPerUnit, double usdPerUnit) {
      cad += cadPerUnit;
      usd += usdPerUnit;
      days++;
      first = first == null || date.isBefore(first) ? date : first;
      last = last == null || date.isAfter(last) ? date : last;
    }
  }
}
