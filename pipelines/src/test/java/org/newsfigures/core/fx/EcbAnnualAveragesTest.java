package org.newsfigures.core.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbAnnualAveragesTest {
  /** The ECB's layout (newest day first, units per euro, N/A and blank cells, trailing commas) with easy numbers. */
  private static final String ECB = """
      Date,USD,JPY,CAD,RUB,
      2025-01-03,1.25,150,1.5,N/A,
      2025-01-02,1.00,100,1.2,80,
      2024-12-31,1.10,N/A,1.32,,
      2024-12-30,1.20,120,1.44,90,
      2023-06-01,1.0,,1.3,,
      """;

  private static EcbAnnualAverages.Average average(EcbAnnualAverages.Derivation d, String currency, int year) {
    return d.averages().stream().filter(a -> a.currency().equals(currency) && a.year() == year).findFirst()
        .orElseThrow();
  }

  private static EcbAnnualAverages.Derivation derive(String csv) throws IOException {
    return EcbAnnualAverages.derive(new StringReader(csv), 2024, 2025);
  }

  @Test
  void aYearsRateIsTheMeanOfItsDailyCrossRates() throws IOException {
    EcbAnnualAverages.Average jpy = average(derive(ECB), "JPY", 2025);
    // CAD per JPY: 1.5/150 = 0.010 and 1.2/100 = 0.012; USD per JPY: 1.25/150 and 1.00/100.
    assertEquals(0.011, jpy.cadPerUnit(), 1e-12);
    assertEquals((1.25 / 150 + 0.01) / 2, jpy.usdPerUnit(), 1e-12);
    // Not the ratio of the annual means, (1.5+1.2)/2 / ((150+100)/2) = 0.0108.
    assertTrue(Math.abs(jpy.cadPerUnit() - 0.0108) > 1e-4);
    assertEquals(2, jpy.days());
  }

  @Test
  void theEuroGetsTheMeanOfTheEcbsOwnQuotes() throws IOException {
    EcbAnnualAverages.Derivation d = derive(ECB);
    assertEquals(1.35, average(d, "EUR", 2025).cadPerUnit(), 1e-12);
    assertEquals(1.125, average(d, "EUR", 2025).usdPerUnit(), 1e-12);
    assertEquals(1.38, average(d, "EUR", 2024).cadPerUnit(), 1e-12);
    assertEquals(1.15, average(d, "EUR", 2024).usdPerUnit(), 1e-12);
  }

  @Test
  void usdRowsGiveCadPerUsdAndOne() throws IOException {
    EcbAnnualAverages.Average usd = average(derive(ECB), "USD", 2024);
    assertEquals(1.2, usd.cadPerUnit(), 1e-12);
    assertEquals(1.0, usd.usdPerUnit(), 1e-12);
  }

  @Test
  void daysWithoutAQuoteAreLeftOutAndMarkAPartYear() throws IOException {
    EcbAnnualAverages.Derivation d = derive(ECB);
    EcbAnnualAverages.Average jpy2024 = average(d, "JPY", 2024);
    assertEquals(1.44 / 120, jpy2024.cadPerUnit(), 1e-12);
    assertEquals(1, jpy2024.days());
    assertEquals(2, jpy2024.yearDays());
    EcbAnnualAverages.Average rub2024 = average(d, "RUB", 2024);
    assertEquals(1.44 / 90, rub2024.cadPerUnit(), 1e-12);
    assertEquals(1.2 / 90, rub2024.usdPerUnit(), 1e-12);
    assertEquals(LocalDate.of(2024, 12, 30), rub2024.first());
    assertEquals(LocalDate.of(2024, 12, 30), rub2024.last());
  }

  @Test
  void onlyTheAskedYearsAreAveragedAndCadHasNoRows() throws IOException {
    EcbAnnualAverages.Derivation d = derive(ECB);
    assertEquals(List.of("EUR 2024", "EUR 2025", "JPY 2024", "JPY 2025", "RUB 2024", "RUB 2025", "USD 2024",
        "USD 2025"), d.averages().stream().map(a -> a.currency() + " " + a.year()).toList());
    assertEquals(LocalDate.of(2023, 6, 1), d.fileFirst());
    assertEquals(LocalDate.of(2025, 1, 3), d.fileLast());
  }

  @Test
  void aCellThatIsNotARateIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> derive(ECB.replace("1.10,N/A", "1.10,n.a.")));
    assertEquals("line 4, JPY: 'n.a.' is not a rate", e.getMessage());
  }

  @Test
  void aFileWithoutCadIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> derive("Date,USD,JPY,\n2025-01-03,1.25,150,\n"));
    assertTrue(e.getMessage().contains("needs USD and CAD"), e.getMessage());
  }

  @Test
  void aBadDateIsRefusedWithItsLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> derive(ECB.replace("2024-12-31", "31/12/2024")));
    assertEquals("line 4: '31/12/2024' is not a date (YYYY-MM-DD)", e.getMessage());
  }
}
