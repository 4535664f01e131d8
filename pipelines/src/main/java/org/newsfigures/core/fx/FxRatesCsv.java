package org.newsfigures.core.fx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes {@code seeds/reference/fx_rates.csv}: the Bank of Canada's published annual averages it already holds,
 * and ECB-derived averages ({@link EcbAnnualAverages}) for every other currency and year, with the sources and
 * the rule in the {@code #} header. The output depends only on its inputs, so rerunning the command on the same
 * ECB file rewrites the same bytes.
 */
public final class FxRatesCsv {
  public static final String BANK_OF_CANADA = "bank_of_canada";
  public static final String ECB_DERIVED = "ecb_derived";
  public static final String COLUMNS = "currency,year,cad_per_unit,usd_per_unit,source,days,note";
  private static final MathContext SIX_DIGITS = new MathContext(6, RoundingMode.HALF_EVEN);

  private FxRatesCsv() {}

  /**
   * The file's text.
   *
   * @param derivation averages derived from the ECB file
   * @param previousRows rows of the file being replaced: its {@code bank_of_canada} rows are kept as they are
   * @param ecbFileName name of the ECB file, for the header
   */
  public static String render(
      EcbAnnualAverages.Derivation derivation, List<Map<String, String>> previousRows, String ecbFileName,
      int fromYear, int toYear) {
    Map<String, String> rows = new TreeMap<>();
    for (EcbAnnualAverages.Average a : derivation.averages()) {
      String note = a.days() < a.yearDays()
          ? "part year: the ECB quoted " + a.currency() + " on " + a.days() + " of " + a.yearDays() + " days ("
              + a.first() + " to " + a.last() + ")"
          : "";
      rows.put(key(a.currency(), a.year()), String.join(",", a.currency(), Integer.toString(a.year()),
          significant(a.cadPerUnit()), significant(a.usdPerUnit()), ECB_DERIVED, Integer.toString(a.days()), note));
    }
    for (Map<String, String> r : previousRows) {
      if (BANK_OF_CANADA.equals(r.get("source"))) {
        int year = Integer.parseInt(r.get("year"));
        rows.put(key(r.get("currency"), year), String.join(",", r.get("currency"), Integer.toString(year),
            r.get("cad_per_unit"), "", BANK_OF_CANADA, "", cell(r.getOrDefault("note", ""))));
      }
    }
    StringBuilder out = new StringBuilder(header(derivation, ecbFileName, fromYear, toYear));
    out.append(COLUMNS).append('\n');
    rows.values().forEach(row -> out.append(row).append('\n'));
    return out.toString();
  }

  /** Six significant digits, written out in full (0.0000877123, never 8.77123E-5). */
  static String significant(double value) {
    BigDecimal rounded = new BigDecimal(value).round(SIX_DIGITS);
    if (rounded.precision() < 6) {
      rounded = rounded.setScale(rounded.scale() + 6 - rounded.precision(), RoundingMode.UNNECESSARY);
    }
    return rounded.toPlainString();
  }

  /** A free-text cell, quoted when it holds a comma or a quote. */
  private static String cell(String text) {
    return text.contains(",") || text.contains("\"") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }

  /** Rows sort by currency, then year. */
  private static String key(String currency, int year) {
    return currency + " " + year;
  }

  private static String header(EcbAnnualAverages.Derivation d, String ecbFileName, int fromYear, int toYear) {
    return String.join("\n",
        "# Annual average exchange rates: Canadian dollars and US dollars per one unit of each currency.",
        "# Generated, do not edit rows by hand. Regenerate with",
        "#   bin/newsfigures-dev reference-fx --ecb " + ecbFileName + " --from " + fromYear + " --to " + toYear
            + " --out seeds/reference/fx_rates.csv",
        "#   which keeps the bank_of_canada rows of the file it replaces and derives every other row.",
        "# source = bank_of_canada: as published by the Bank of Canada, \"Annual Exchange Rates\", Valet API group",
        "#   FX_RATES_ANNUAL (https://www.bankofcanada.ca/rates/exchange/annual-average-exchange-rates/), series",
        "#   FXAUSDCAD, FXACNYCAD, FXAEURCAD (CAD per unit). usd_per_unit is empty: a USD value is the CAD value",
        "#   divided by the same year's USD row, which is a Bank of Canada row too (one source, one year).",
        "# source = ecb_derived: derived from " + ecbFileName + ", the ECB's daily euro reference rates",
        "#   (" + d.fileFirst() + " to " + d.fileLast() + "; https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip).",
        "#   Source: ECB statistical data warehouse, euro foreign exchange reference rates; reuse permitted with the",
        "#   source acknowledged.",
        "#   Rule: on each day the ECB quoted the currency X, USD and CAD, CAD per X = (CAD per EUR) / (X per EUR)",
        "#   and USD per X = (USD per EUR) / (X per EUR), X per EUR being 1 for the euro; a year's rate is the",
        "#   arithmetic mean of its days' cross rates (not the ratio of two annual means) over the `days` averaged,",
        "#   rounded to 6 significant digits. Years " + fromYear + "-" + toYear + ", each currency only for the years",
        "#   the ECB quoted it; note marks a part year.",
        "# CAD has no rows: a CAD amount converts to USD with the USD row of its year.",
        "# Unknown currency: no conversion. Year outside the table or unknown: see docs/fx-rates.md.",
        "");
  }
}
