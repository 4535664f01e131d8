package org.newsfigures.core.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
  void unknownYearUsesTheLatestYearBothSeriesHave() {
    assertEquals(2025, fx.convert(1, "USD", null).orElseThrow().fxYear());
    // The table has no 2025 CNY or EUR rate: 2024 for both legs, never a mix of years.
    assertEquals(2024, fx.convert(1, "CNY", null).orElseThrow().fxYear());
    assertEquals(2024, fx.convert(1, "EUR", 2025).orElseThrow().fxYear());
  }

  @Test
  void yearOutsideTheTableUsesTheNearestYear() {
    assertEquals(2017, fx.convert(1, "USD", 2009).orElseThrow().fxYear());
    assertEquals(2025, fx.convert(1, "USD", 2026).orElseThrow().fxYear());
  }

  @Test
  void currencyWithoutRatesDoesNotConvert() {
    assertTrue(fx.convert(1, "JPY", 2024).isEmpty());
    assertTrue(fx.convert(1, null, 2024).isEmpty());
  }

  @Test
  void aTableWithoutUsdIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new FxTable(List.of(new FxRate(2024, "EUR", 1.48, "published"))));
  }

  @Test
  void everyShippedRateIsMarkedWithItsStatus() {
    // The published Bank of Canada values for 2024, as the issue quotes them.
    assertEquals(1.3698, fx.cadPerUnit("USD", 2024));
    assertEquals(0.1903, fx.cadPerUnit("CNY", 2024));
    assertEquals(1.4818, fx.cadPerUnit("EUR", 2024));
    assertEquals(1.2986, fx.cadPerUnit("USD", 2017));
  }
}
