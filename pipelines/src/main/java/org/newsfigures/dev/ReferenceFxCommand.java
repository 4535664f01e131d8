package org.newsfigures.dev;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsfigures.core.fx.EcbAnnualAverages;
import org.newsfigures.core.fx.FxRatesCsv;
import org.newsfigures.core.reference.ReferenceCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures-dev reference-fx}, maintenance: regenerates seeds/reference/fx_rates.csv from the ECB's daily
 * reference-rate history.
 */
@Command(
    name = "reference-fx",
    description = "Derive annual average CAD and USD rates of every ECB currency into the FX reference table "
        + "(keeps its Bank of Canada rows; see docs/fx-rates.md).")
final class ReferenceFxCommand implements Callable<Integer> {

  @Option(names = "--ecb", required = true, paramLabel = "FILE",
      description = "The ECB's eurofxref-hist.csv (daily euro reference rates), e.g. ../shared/reference/ecb-eurofxref-hist.csv.")
  Path ecb;

  @Option(names = "--from", required = true, paramLabel = "YEAR", description = "First year to average.")
  int fromYear;

  @Option(names = "--to", required = true, paramLabel = "YEAR", description = "Last year to average.")
  int toYear;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "The table to write, e.g. seeds/reference/fx_rates.csv; its bank_of_canada rows are kept.")
  Path out;

  @Override
  public Integer call() throws IOException {
    if (fromYear > toYear) {
      System.err.println("reference-fx: --from " + fromYear + " is after --to " + toYear);
      return 2;
    }
    EcbAnnualAverages.Derivation derivation;
    try (Reader in = Files.newBufferedReader(ecb, StandardCharsets.UTF_8)) {
      derivation = EcbAnnualAverages.derive(in, fromYear, toYear);
    } catch (IllegalArgumentException e) {
      System.err.println("reference-fx: " + ecb + ": " + e.getMessage());
      return 2;
    }
    List<Map<String, String>> previous = Files.exists(out) ? ReferenceCsv.rows(out) : List.of();
    String text = FxRatesCsv.render(derivation, previous, ecb.getFileName().toString(), fromYear, toYear);
    Files.writeString(out, text, StandardCharsets.UTF_8);
    long bankOfCanada = text.lines().filter(l -> l.contains("," + FxRatesCsv.BANK_OF_CANADA + ",")).count();
    long derived = text.lines().filter(l -> l.contains("," + FxRatesCsv.ECB_DERIVED + ",")).count();
    long currencies = derivation.averages().stream().map(EcbAnnualAverages.Average::currency).distinct().count();
    System.out.printf("%s: %d Bank of Canada rows kept, %d ECB-derived rows, %d currencies, %d-%d%n",
        out, bankOfCanada, derived, currencies, fromYear, toYear);
    return 0;
  }
}
