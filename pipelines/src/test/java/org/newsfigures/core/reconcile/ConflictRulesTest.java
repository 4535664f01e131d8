package org.newsfigures.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.core.reconcile.Figures.duration;
import static org.newsfigures.core.reconcile.Figures.money;
import static org.newsfigures.core.reconcile.Figures.percent;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.Figure;

/** Each conflict rule on small hand-made article pairs, with the near misses that must not fire. */
class ConflictRulesTest {
  private static final ClaimReconciler RECONCILER = ClaimReconciler.fromReference();
  private static final String A = "100_a.txt";
  private static final String B = "200_b.txt";

  private static Figure trade(String file, double value, String currency, String qualifier) {
    String text = (currency.equals("CAD") ? "C$" : "US$") + value + " billion";
    return money(file, "Canada–China trade was " + text + " in 2024.", text, value * 1e9, currency, qualifier, 2024,
        "trade_total", "CA", "CN");
  }

  private static List<String> types(Figure... figures) {
    return RECONCILER.reconcile(List.of(figures)).conflicts().stream().map(Conflict::conflictType).toList();
  }

  @Test
  void sameNumeralInTwoCurrenciesIsACurrencyMismatch() {
    assertEquals(List.of("currency_mismatch"), types(trade(A, 118.7, "USD", "exact"), trade(B, 118.7, "CAD", "exact")));
  }

  @Test
  void aRatioWithin2PercentOfTheRateIsACurrencyMismatch() {
    // 2024: 1.3698 CAD per USD. 139/100 = 1.39 is 1.5% off.
    assertEquals(List.of("currency_mismatch"), types(trade(A, 139, "USD", "exact"), trade(B, 100, "USD", "exact")));
  }

  @Test
  void aRatioFurtherFromTheRateIsAPlainValueMismatch() {
    // 1.40 is 2.2% off the rate and 1.50 is 9.5% off: no currency explanation, just different values.
    assertEquals(List.of("value_mismatch"), types(trade(A, 140, "USD", "exact"), trade(B, 100, "USD", "exact")));
    assertEquals(List.of("value_mismatch"), types(trade(A, 150, "USD", "exact"), trade(B, 100, "USD", "exact")));
  }

  @Test
  void amountsInTwoCurrenciesThatConvertToEachOtherAgree() {
    assertEquals(List.of(), types(trade(A, 85.5, "USD", "approx"), trade(B, 117.1, "CAD", "approx")));
  }

  @Test
  void hedgesWidenTheValueTolerance() {
    assertEquals(List.of(), types(trade(A, 100, "USD", "approx"), trade(B, 105, "USD", "exact")));
    assertEquals(List.of("value_mismatch"), types(trade(A, 100, "USD", "exact"), trade(B, 105, "USD", "exact")));
    assertEquals(List.of("value_mismatch"), types(trade(A, 100, "USD", "approx"), trade(B, 130, "USD", "approx")));
  }

  @Test
  void aClaimStatedDifferentlyByManyArticlesIsOneConflictNamingThemAll() {
    List<Figure> figures = List.of(trade("100_a.txt", 100, "USD", "exact"), trade("200_b.txt", 120, "USD",
        "exact"), trade("300_c.txt", 150, "USD", "exact"), trade("400_d.txt", 200, "USD", "exact"));
    List<Conflict> conflicts = RECONCILER.reconcile(figures).conflicts();

    // Six pairs disagree; one row names all four articles and keeps the widest gap (200 vs 100).
    assertEquals(1, conflicts.size(), conflicts.toString());
    Conflict conflict = conflicts.get(0);
    assertEquals("value_mismatch", conflict.conflictType());
    assertEquals(4, conflict.articleIds().size());
    assertEquals(4, conflict.figureIds().size());
    assertEquals(1.0, conflict.severity(), 1e-9);
    assertTrue(conflict.explanation().contains("3 more disagreements on this claim are not spelled out"),
        conflict.explanation());
    assertTrue(conflict.explanation().startsWith("100 gives US$100.0 billion and 400 gives US$200.0 billion"),
        conflict.explanation());
  }

  @Test
  void aWidelyDisputedClaimSpellsOutItsMostSevereDisagreementsInPairOrderOnTies() {
    // Ten pairs disagree. By severity (larger / smaller - 1): 100-1600 is 15; 100-800 and 200-1600 tie at 7 (the
    // first in pair order goes first); three pairs at 3 and four at 1 are only counted.
    List<Figure> figures = List.of(trade("100_a.txt", 100, "USD", "exact"), trade("200_b.txt", 200, "USD",
        "exact"), trade("400_c.txt", 400, "USD", "exact"), trade("800_d.txt", 800, "USD", "exact"),
        trade("990_e.txt", 1600, "USD", "exact"));
    List<Conflict> conflicts = RECONCILER.reconcile(figures).conflicts();

    assertEquals(1, conflicts.size(), conflicts.toString());
    Conflict conflict = conflicts.get(0);
    assertEquals(15.0, conflict.severity(), 1e-9);
    assertEquals(5, conflict.figureIds().size());
    String explanation = conflict.explanation();
    assertTrue(explanation.startsWith("100 gives US$100.0 billion and 990 gives"), explanation);
    int second = explanation.indexOf("100 gives US$100.0 billion and 800 gives");
    int third = explanation.indexOf("200 gives US$200.0 billion and 990 gives");
    assertTrue(second > 0 && third > second, explanation);
    assertFalse(explanation.contains("and 400 gives"), explanation);
    assertTrue(explanation.contains(" 7 more disagreements on this claim are not spelled out"), explanation);
  }

  @Test
  void boundsAgreeWithValuesOnTheirSide() {
    String s = "China accounted for less than 4% of exports.";
    Figure lessThan4 = percent(A, s, "4%", 4, "less_than", null, 2024, "export_share", "CA", "CN", null);
    String t = "China bought 3.5% of exports.";
    String u = "China bought 6% of exports.";
    assertEquals(List.of(), types(lessThan4, percent(B, t, "3.5%", 3.5, "exact", null, 2024, "export_share", "CA", "CN", null)));
    assertEquals(List.of("value_mismatch"),
        types(lessThan4, percent(B, u, "6%", 6, "exact", null, 2024, "export_share", "CA", "CN", null)));
  }

  @Test
  void durationsOfOneEventMustMatch() {
    Figure fourDays = duration(A, "a four-day visit", "four-day", 4, "day", 2026, "visit_length", "CA", "CN");
    assertEquals(List.of("duration_mismatch"),
        types(fourDays, duration(B, "a three-day visit", "three-day", 3, "day", 2026, "visit_length", "CA", "CN")));
    assertEquals(List.of(),
        types(fourDays, duration(B, "a four-day trip", "four-day", 4, "day", null, "visit_length", "CA", "CN")));
  }

  @Test
  void aStatedConversionOffTheRateIsAConversionMismatch() {
    String s = "Trade reached C$118.7 billion (US$70.0 billion) in 2024.";
    Reconciliation r = RECONCILER.reconcile(List.of(
        money(A, s, "C$118.7 billion", 118.7e9, "CAD", "exact", 2024, "trade_total", "CA", "CN"),
        money(A, s, "US$70.0 billion", 70.0e9, "USD", "exact", 2024, "trade_total", "CA", "CN")));
    assertEquals(List.of("conversion_mismatch"), r.conflicts().stream().map(Conflict::conflictType).toList());
    assertTrue(r.conflicts().get(0).explanation().contains("1.696 CAD per USD, more than 2% from the 2024 reference"
        + " rate 1.3698"), r.conflicts().get(0).explanation());
    assertEquals("conflicting", r.claims().get(0).status());
  }

  @Test
  void partsThatDoNotAddUpAreADerivedInconsistency() {
    String s = "Imports reached US$88.8 billion and exports US$20.0 billion, for two-way trade of US$118.7 billion.";
    List<String> found = types(
        money(A, s, "US$88.8 billion", 88.8e9, "USD", "exact", 2024, "imports", "CA", "CN"),
        money(A, s, "US$20.0 billion", 20.0e9, "USD", "exact", 2024, "exports", "CA", "CN"),
        money(A, s, "US$118.7 billion", 118.7e9, "USD", "exact", 2024, "trade_total", "CA", "CN"));
    assertEquals(List.of("derived_inconsistency"), found);
  }

  @Test
  void aChangeConsistentWithThePreviousLevelIsNoConflict() {
    String change = "Exports fell by 10.4 percent in 2025, to $41.7 billion.";
    String level = "Exports were US$46.5 billion in 2024.";
    assertEquals(List.of(), types(
        percent(A, change, "10.4 percent", 10.4, "exact", "decrease", 2025, "exports_change", "CA", "CN", null),
        money(A, change, "$41.7 billion", 41.7e9, "USD", "exact", 2025, "exports", "CA", "CN"),
        money(B, level, "US$46.5 billion", 46.5e9, "USD", "exact", 2024, "exports", "CA", "CN")));
  }

  @Test
  void symmetricPairsShareAGroupButDirectedMetricsKeepTheirDirection() {
    String s = "Exports were US$1 billion.";
    Figure caCn = money(A, s, "US$1 billion", 1e9, "USD", "exact", 2024, "exports", "CA", "CN");
    Figure cnCa = money(B, s, "US$1 billion", 1e9, "USD", "exact", 2024, "exports", "CN", "CA");
    assertEquals(ClaimReconciler.groupKey(caCn), ClaimReconciler.groupKey(cnCa));
    assertEquals("trade|CA-CN", ClaimReconciler.groupKey(caCn));
    assertEquals(2, RECONCILER.reconcile(List.of(caCn, cnCa)).claims().size());
  }

  @Test
  void aSymmetricPairToldFromEitherSideIsOneClaim() {
    String s = "Two-way trade was US$1 billion.";
    Figure caCn = money(A, s, "US$1 billion", 1e9, "USD", "exact", 2024, "trade_total", "CA", "CN");
    Figure cnCa = money(B, s, "US$1 billion", 1e9, "USD", "exact", 2024, "trade_total", "CN", "CA");
    List<Claim> claims = RECONCILER.reconcile(List.of(caCn, cnCa)).claims();
    assertEquals(1, claims.size());
    assertEquals("CA", claims.get(0).subject());
    assertEquals("CN", claims.get(0).counterpart());
  }

  @Test
  void aTariffRateIsAClaimOnlyForTheGoodsItNames() {
    String s = "The tariff is 25 per cent.";
    Figure steel = percent(A, s, "25 per cent", 25, "exact", null, 2025, "tariff_rate", "US", "CA", "steel");
    Figure lumber = percent(B, s, "25 per cent", 45, "exact", null, 2025, "tariff_rate", "US", "CA", null);
    List<Claim> claims = RECONCILER.reconcile(List.of(steel, lumber)).claims();
    assertEquals(1, claims.size(), "the rate on unnamed goods joins no claim");
    assertEquals("steel", claims.get(0).product());
  }

  @Test
  void aShareIsAClaimOnlyForTheWholeItIsAShareOf() {
    String s = "Chile mines 30% of the copper.";
    Figure copper = percent(A, s, "30%", 30, "exact", null, 2025, "share", "CL", "PE", "copper");
    Figure lithium = percent(B, s, "30%", 45, "exact", null, 2025, "share", "CL", "PE", "lithium");
    Figure unnamed = percent("300_c.txt", s, "30%", 60, "exact", null, 2025, "share", "CL", "PE", null);
    Reconciliation result = RECONCILER.reconcile(List.of(copper, lithium, unnamed));
    assertEquals(List.of("copper", "lithium"), result.claims().stream().map(Claim::product).toList());
    assertEquals(List.of(), result.conflicts(), "shares of different wholes never contradict each other");
  }

  @Test
  void aChangeAgainstLevelsInOneCurrencyIgnoresTheYearsExchangeRates() {
    // C$84.8bn after a 1.8% rise is C$83.3bn a year earlier: in US dollars at each year's rate they differ by 2%.
    String a = "Imports from Chile rose 1.8 per cent in 2025 to C$84.8 billion.";
    Figure level = money(A, a, "C$84.8 billion", 84.8e9, "CAD", "exact", 2025, "imports", "CA", "CL");
    Figure change = percent(A, a, "1.8 per cent", 1.8, "exact", "increase", 2025, "imports_change", "CA", "CL",
        null);
    String b = "Imports from Chile were C$83.3 billion in 2024.";
    Figure stated = money(B, b, "C$83.3 billion", 83.3e9, "CAD", "exact", 2024, "imports", "CA", "CL");
    assertEquals(List.of(), types(level, change, stated));
    Figure off = money(B, b.replace("83.3", "79.0"), "C$79.0 billion", 79.0e9, "CAD", "exact", 2024, "imports",
        "CA", "CL");
    assertEquals(List.of("derived_inconsistency"), types(level, change, off));
  }

  @Test
  void twoArticlesTellingOneTariffScheduleAgreeOnItsRates() {
    String a = "Seoul will cut its duty on Chilean wine from 30% to 20% at once and to 10% over five years.";
    String b = "Seoul's duty on Chilean wine falls from 30 per cent to 10 per cent over five years.";
    List<Figure> figures = List.of(
        percent(A, a, "30%", 30, "exact", null, null, "tariff_rate", "KR", "CL", "wine"),
        percent(A, a, "20%", 20, "exact", null, null, "tariff_rate", "KR", "CL", "wine"),
        percent(A, a, "10%", 10, "exact", null, null, "tariff_rate", "KR", "CL", "wine"),
        percent(B, b, "30 per cent", 30, "exact", null, null, "tariff_rate", "KR", "CL", "wine"),
        percent(B, b, "10 per cent", 10, "exact", null, null, "tariff_rate", "KR", "CL", "wine"));
    Reconciliation result = RECONCILER.reconcile(figures);
    assertEquals(List.of(), result.conflicts(), "the rate before and the steps are not the rate the schedule ends at");
    assertEquals(List.of(10.0), result.claims().stream().map(Claim::consensusValue).toList());
  }

  @Test
  void aLevelImpliedFromRoundedFiguresIsAsRoughAsThey() {
    // "$0.6 billion" is 0.55 to 0.65 and "a drop of 85 per cent" 84.5 to 85.5: 2024 was about 3.8 to 4.5 billion.
    String a = "Copper exports to Peru were worth C$0.6 billion in 2025, a drop of 85 per cent.";
    Figure level = money(A, a, "C$0.6 billion", 0.6e9, "CAD", "exact", 2025, "exports", "CA", "PE");
    Figure change = percent(A, a, "85 per cent", 85, "exact", "decrease", 2025, "exports_change", "CA", "PE", null);
    String b = "Copper exports to Peru were C$4.1 billion in 2024.";
    Figure stated = money(B, b, "C$4.1 billion", 4.1e9, "CAD", "exact", 2024, "exports", "CA", "PE");
    assertEquals(List.of(), types(level, change, stated), "C$4.1 billion is within what the rounding allows");
    Figure off = money(B, b.replace("4.1", "5.2"), "C$5.2 billion", 5.2e9, "CAD", "exact", 2024, "exports", "CA",
        "PE");
    assertEquals(List.of("derived_inconsistency"), types(level, change, off));
  }

  @Test
  void aLevelInTheWrongCurrencyIsOneConflictNotTwo() {
    // B states A's C$4.1 billion as US$4.1 billion: a currency_mismatch; against A's fall of 85% to C$0.6 billion it
    // would also be a derived inconsistency, but that is the same error.
    String a = "Copper exports to Peru were C$4.1 billion in 2024.";
    Figure level2024 = money(A, a, "C$4.1 billion", 4.1e9, "CAD", "exact", 2024, "exports", "CA", "PE");
    String a2 = "Copper exports to Peru were worth C$0.6 billion in 2025, a drop of 85 per cent.";
    Figure level = money(A, a2, "C$0.6 billion", 0.6e9, "CAD", "exact", 2025, "exports", "CA", "PE");
    Figure change = percent(A, a2, "85 per cent", 85, "exact", "decrease", 2025, "exports_change", "CA", "PE", null);
    String b = "Canada's copper exports to Peru were US$4.1 billion in 2024.";
    Figure wrong = money(B, b, "US$4.1 billion", 4.1e9, "USD", "exact", 2024, "exports", "CA", "PE");
    assertEquals(List.of("currency_mismatch"), types(level2024, level, change, wrong));
  }

  @Test
  void aMonthsFlowJoinsNoClaimOfTheYear() {
    // A fall "in July" to C$0.9 billion is a month's; it says nothing of the year's C$11 billion.
    String a = "Copper exports to Peru fell 20% in July to C$0.9 billion.";
    Figure month = withPeriod(money(A, a, "C$0.9 billion", 0.9e9, "CAD", "exact", 2025, "exports", "CA", "PE"));
    Figure change = withPeriod(percent(A, a, "20%", 20, "exact", "decrease", 2025, "exports_change", "CA", "PE", null));
    String b = "Copper exports to Peru were C$11 billion in 2024.";
    Figure year = money(B, b, "C$11 billion", 11e9, "CAD", "exact", 2024, "exports", "CA", "PE");
    Reconciliation result = RECONCILER.reconcile(List.of(month, change, year));
    assertEquals(List.of(), result.conflicts());
    assertEquals(List.of(2024), result.claims().stream().map(Claim::year).toList());
  }

  private static Figure withPeriod(Figure f) {
    return new Figure(f.figureId(), f.articleId(), f.sourceFile(), f.sentenceIndex(), f.sentence(), f.charStart(),
        f.charEnd(), f.text(), f.kind(), f.value(), f.valueHigh(), f.unit(), f.currency(), f.currencyBasis(),
        f.currencyEvidence(), f.qualifier(), f.direction(), f.year(), "month", f.valueUsd(), f.valueCad(), f.fxYear(),
        f.metric(), f.subject(), f.counterpart(), f.product(), f.attributionEvidence());
  }
}
