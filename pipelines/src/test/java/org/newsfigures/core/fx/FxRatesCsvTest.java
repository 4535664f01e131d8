package org.newsfigures.core.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.core.reference.ReferenceCsv;

class FxRatesCsvTest {
  private static final String ECB = """
      Date,USD,JPY,CAD,
      2025-01-03,1.25,150,1.5,
      2025-01-02,1.00,100,1.2,
      2024-12-30,1.20,120,1.44,
      """;

  private static final List<Map<String, String>> BANK_OF_CANADA_ROWS = List.of(
      Map.of("currency", "USD", "year", "2024", "cad_per_unit", "1.3698", "source", "bank_of_canada", "note", ""),
      Map.of("currency", "JPY", "year", "2024", "cad_per_unit", "0.009", "source", "bank_of_canada", "note",
          "published, rounded"),
      Map.of("currency", "JPY", "year", "2023", "cad_per_unit", "0.5", "source", "ecb_derived", "note", ""));

  private static String render(List<Map<String, String>> previous) throws IOException {
    EcbAnnualAverages.Derivation d = EcbAnnualAverages.derive(new StringReader(ECB), 2024, 2025);
    return FxRatesCsv.render(d, previous, "ecb.csv", 2024, 2025);
  }

  private static List<String> rows(String text) {
    return text.lines().filter(l -> !l.startsWith("#")).toList();
  }

  @Test
  void bankOfCanadaRowsAreKeptAndOtherOldRowsReplaced() throws IOException {
    assertEquals(List.of(
        FxRatesCsv.COLUMNS,
        "EUR,2024,1.44000,1.20000,ecb_derived,1,",
        "EUR,2025,1.35000,1.12500,ecb_derived,2,",
        "JPY,2024,0.009,,bank_of_canada,,\"published, rounded\"",
        "JPY,2025,0.0110000,0.00916667,ecb_derived,2,",
        "USD,2024,1.3698,,bank_of_canada,,",
        "USD,2025,1.20000,1.00000,ecb_derived,2,"), rows(render(BANK_OF_CANADA_ROWS)));
  }

  @Test
  void theHeaderNamesTheSourceItsTermsTheRuleAndTheCommand() throws IOException {
    String text = render(List.of());
    assertTrue(text.contains("bin/newsfigures-dev reference-fx --ecb ecb.csv --from 2024 --to 2025"), text);
    assertTrue(text.contains("Source: ECB statistical data warehouse, euro foreign exchange reference rates; reuse"
        + " permitted with the"), text);
    assertTrue(text.contains("(2024-12-30 to 2025-01-03;"), text);
    assertTrue(text.contains("arithmetic mean of its days' cross rates"), text);
  }

  @Test
  void regeneratingFromItsOwnOutputRewritesTheSameBytes(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fx_rates.csv");
    String first = render(BANK_OF_CANADA_ROWS);
    Files.writeString(file, first);
    assertEquals(first, render(ReferenceCsv.rows(file)));
  }

  @Test
  void theWrittenTableConvertsBankOfCanadaRowsThroughTheirOwnUsdRow(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("fx_rates.csv");
    Files.writeString(file, render(BANK_OF_CANADA_ROWS));
    FxTable fx = new FxTable(FxTable.rates(ReferenceCsv.rows(file)));
    assertEquals(0.009 / 1.3698, fx.usdPerUnit("JPY", 2024), 1e-15);
    assertEquals(0.00916667, fx.usdPerUnit("JPY", 2025), 1e-15);
  }

  @Test
  void sixSignificantDigitsWrittenOut() {
    assertEquals("0.0000848542", FxRatesCsv.significant(0.00008485423));
    assertEquals("1.00000", FxRatesCsv.significant(1.0));
    assertEquals("149.525", FxRatesCsv.significant(149.52451));
  }
}
