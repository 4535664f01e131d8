package org.newsfigures.core.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FxTableTest {
  private final FxTable fx = FxTable.fromReference();

  @Test
  void cadAmountConvertsToUsdAtThatYearsRate() {
    Conversion c = fx.convert(118.7e9, "CAD", 2024).orElseThrow();
    assertEquals(118.7e9 / 1.3698, c.usd(), 1e3);
    assertEquals(118.7e9, c.cad(), 1e-3);
    assertEquals(2024, c.fxYear());
  }

  @Test
  void usdAmountConvertsToCad() {
    Conversion c = fx.convert(41.7e9, "USD", 2025).orElseThrow();
    assertEquals(41.7e9 * 1.3978, c.cad(), 1e3);
    assertEquals(41.7e9, c.usd(), 1e-3);
    assertEquals(2025, c.fxYear());
  }

  @Test
  void cnyGoesThroughCadWithOneYearsRates() {
    Conversion c = fx.convert(100.0, "CNY", 2019).orElseThrow();
    assertEquals(19.22, c.cad(), 1e-9);
    assertEquals(19.22 / 1.3269, c.usd(), 1e-9);
  }

  @Test
  void euroAndYenConvertWithTheCommittedRates() {
    // EUR 2024 is a Bank of Canada row: CAD as published, USD through the Bank's 2024 USD rate.
    Conversion eur = fx.convert(1e9, "EUR", 2024).orElseThrow();
    assertEquals(1.4818e9, eur.cad(), 1);
    assertEquals(1.4818e9 / 1.3698, eur.usd(), 1);
    // JPY 2025 is derived from the ECB's daily rates, both legs crossed through the euro.
    Conversion jpy = fx.convert(1e9, "JPY", 2025).orElseThrow();
    assertEquals(0.00934763e9, jpy.cad(), 1);
    assertEquals(0.00668792e9, jpy.usd(), 1);
    assertEquals(2025, jpy.fxYear());
  }

  @Test
  void euroToUsdIn2025IsTheEcbsOwnAnnualAverage() {
    assertEquals(1.12998, fx.rate("EUR", "USD", 2025), 1e-12);
    assertEquals(1 / 0.00668792, fx.rate("USD", "JPY", 2025), 1e-9);
    assertEquals(1.3978, fx.rate("USD", "CAD", 2025), 1e-12);
    assertEquals(1 / 1.3978, fx.rate("CAD", "USD", 2025), 1e-12);
  }

  @Test
  void unknownYearUsesTheLatestYearOfTheCurrency() {
    assertEquals(2025, fx.convert(1, "USD", null).orElseThrow().fxYear());
    assertEquals(2025, fx.convert(1, "CNY", null).orElseThrow().fxYear());
    // The ECB stopped quoting the rouble on 1 March 2022.
    assertEquals(2022, fx.convert(1, "RUB", null).orElseThrow().fxYear());
  }

  @Test
  void yearOutsideTheTableUsesTheNearestYear() {
    assertEquals(2015, fx.convert(1, "USD", 2009).orElseThrow().fxYear());
    assertEquals(2025, fx.convert(1, "USD", 2026).orElseThrow().fxYear());
    assertEquals(2022, fx.convert(1, "RUB", 2025).orElseThrow().fxYear());
    // The ECB quoted the krona again from February 2018.
    assertEquals(2018, fx.convert(1, "ISK", 2015).orElseThrow().fxYear());
  }

  @Test
  void aPairConvertsInAYearBothHave() {
    assertEquals(2022, fx.rateYear("USD", "RUB", 2025).orElseThrow());
    assertEquals(2024, fx.rateYear("CAD", "EUR", 2024).orElseThrow());
    assertTrue(fx.rateYear("USD", "TWD", 2024).isEmpty());
  }

  @Test
  void currencyWithoutRatesDoesNotConvert() {
    // The ECB does not quote the new Taiwan dollar or the Qatari riyal.
    assertTrue(fx.convert(1, "TWD", 2024).isEmpty());
    assertTrue(fx.convert(1, "QAR", 2024).isEmpty());
    assertTrue(fx.convert(1, null, 2024).isEmpty());
  }

  @Test
  void aBankOfCanadaRowNeedsTheBanksUsdRowOfItsYear() {
    List<Map<String, String>> rows = List.of(
        Map.of("currency", "USD", "year", "2024", "cad_per_unit", "1.37", "usd_per_unit", "1", "source", "ecb_derived"),
        Map.of("currency", "EUR", "year", "2024", "cad_per_unit", "1.48", "usd_per_unit", "", "source",
            "bank_of_canada"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FxTable.rates(rows));
    assertEquals("fx_rates: EUR 2024 has no usd_per_unit and no USD row of 2024 from bank_of_canada to derive it",
        e.getMessage());
  }

  @Test
  void aTableWithoutUsdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FxTable(List.of(new FxRate(2024, "EUR", 1.48, 1.08, "bank_of_canada"))));
  }

  @Test
  void bankOfCanadaRatesAreKeptWhereTheBankPublishedThem() {
    // The published Bank of Canada values for 2024, as the issue quotes them.
    assertEquals(1.3698, fx.cadPerUnit("USD", 2024));
    assertEquals(0.1903, fx.cadPerUnit("CNY", 2024));
    assertEquals(1.4818, fx.cadPerUnit("EUR", 2024));
    assertEquals(1.2986, fx.cadPerUnit("USD", 2017));
    assertEquals(1.3978, fx.cadPerUnit("USD", 2025));
  }
}
