package org.newsfigures.core.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.core.reconcile.Figures.duration;
import static org.newsfigures.core.reconcile.Figures.money;
import static org.newsfigures.core.reconcile.Figures.percent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.attribution.TariffMentionFinder;

/** The seed articles' figures (seeds/articles), attributed by hand, reconciled the way the pipeline groups them. */
class SeedReconciliationTest {
  private static final ClaimReconciler RECONCILER = ClaimReconciler.fromReference();

  static final String F000 = "000_49feeb1da4e40101.txt";
  static final String F001 = "001_ecb2d43871baa11a.txt";
  static final String F003 = "003_6988ce14ab7dc689.txt";
  static final String F004 = "004_895a94c47a897b13.txt";

  static final String TRADE_000 = "China is currently Canada’s second-largest single-country trading partner, with"
      + " two-way merchandise trade totaling US$118.7 billion in 2024.";
  static final String BALANCE_000 = "However, the trade balance is heavily skewed, with Canadian imports from China"
      + " reaching US$88.8 billion compared to just US$29.9 billion in exports.";
  static final String VISIT_000 = "Canadian Prime Minister Mark Carney arrived in Beijing on Wednesday night for a"
      + " landmark four-day visit intended to repair strained relations and diversify Canada’s trade partnerships away"
      + " from the United States.";
  static final String TARIFFS_000 = "Tensions escalated further in 2024 when the government of former Prime Minister"
      + " Justin Trudeau followed the Biden administration’s lead by imposing a 100% tariff on Chinese-made electric"
      + " vehicles and a 25% tariff on steel and aluminum.";
  static final String RETALIATION_000 =
      "Beijing retaliated with its own tariffs on Canadian exports, including canola, seafood, and pork.";
  static final String VISIT_001 = "Canadian Prime Minister Mark Carney is in China for a three-day visit in an attempt"
      + " to shore up Canada’s tattered relationship with the People’s Republic of China.";
  static final String EXPORTS_001 = "According to China customs data, Canadian exports to China fell by 10.4 percent"
      + " in 2025, to $41.7 billion only, the lowest since 2022.";
  static final String SHARE_003 = "Despite this goal, the US remains Canada’s dominant market, purchasing about 75% of"
      + " Canadian exports in 2024, according to government data.";
  static final String SHARE_CN_003 =
      "China, while Canada’s second-largest market, accounted for less than 4% of exports that year.";
  static final String TRADE_004 = "China is Canada’s second-largest trading partner, with two-way merchandise trade"
      + " reaching about C$118.7 billion (US $85.5 billion) in 2024.";
  static final String DUTY_004 = "Ottawa imposed a 25 per cent duty on certain steel imports from China, while Beijing"
      + " responded with high tariffs, in some cases over 70%, on Canadian canola, including seafood, deeply affecting"
      + " Canadian agricultural producers.";

  static List<Figure> seedFigures() {
    return List.of(
        money(F000, TRADE_000, "US$118.7 billion", 118.7e9, "USD", "exact", 2024, "trade_total", "CA", "CN"),
        money(F000, BALANCE_000, "US$88.8 billion", 88.8e9, "USD", "exact", 2024, "imports", "CA", "CN"),
        money(F000, BALANCE_000, "US$29.9 billion", 29.9e9, "USD", "exact", 2024, "exports", "CA", "CN"),
        duration(F000, VISIT_000, "four-day", 4, "day", null, "visit_length", "CA", "CN"),
        percent(F000, TARIFFS_000, "100%", 100, "exact", null, 2024, "tariff_rate", "CA", "CN", "electric vehicles"),
        percent(F000, TARIFFS_000, "25%", 25, "exact", null, 2024, "tariff_rate", "CA", "CN", "aluminum|steel"),
        duration(F001, VISIT_001, "three-day", 3, "day", null, "visit_length", "CA", "CN"),
        percent(F001, EXPORTS_001, "10.4 percent", 10.4, "exact", "decrease", 2025, "exports_change", "CA", "CN", null),
        money(F001, EXPORTS_001, "$41.7 billion", 41.7e9, "USD", "exact", 2025, "exports", "CA", "CN"),
        percent(F003, SHARE_003, "75%", 75, "approx", null, 2024, "export_share", "CA", "US", null),
        percent(F003, SHARE_CN_003, "4%", 4, "less_than", null, 2024, "export_share", "CA", "CN", null),
        money(F004, TRADE_004, "C$118.7 billion", 118.7e9, "CAD", "approx", 2024, "trade_total", "CA", "CN"),
        money(F004, TRADE_004, "US $85.5 billion", 85.5e9, "USD", "approx", 2024, "trade_total", "CA", "CN"),
        percent(F004, DUTY_004, "25 per cent", 25, "exact", null, null, "tariff_rate", "CA", "CN", "steel"),
        percent(F004, DUTY_004, "70%", 70, "more_than", null, null, "tariff_rate", "CN", "CA", "canola|seafood"));
  }

  /** What the pipeline does: group by groupKey, reconcile each group, concatenate. */
  static Reconciliation reconcileAll(List<Figure> figures) {
    Map<String, List<Figure>> groups = figures.stream()
        .filter(f -> ClaimReconciler.groupKey(f) != null)
        .collect(Collectors.groupingBy(ClaimReconciler::groupKey, java.util.TreeMap::new, Collectors.toList()));
    List<Claim> claims = new ArrayList<>();
    List<Conflict> conflicts = new ArrayList<>();
    List<Tariff> tariffs = new ArrayList<>();
    groups.values().forEach(g -> {
      Reconciliation r = RECONCILER.reconcile(g);
      claims.addAll(r.claims());
      conflicts.addAll(r.conflicts());
      tariffs.addAll(r.tariffs());
    });
    return new Reconciliation(claims, conflicts, tariffs);
  }

  private static final Reconciliation SEEDS = reconcileAll(seedFigures());

  private static Claim claim(String metric, String subject, String counterpart, String product, Integer year) {
    return SEEDS.claims().stream()
        .filter(c -> c.metric().equals(metric) && Objects.equals(c.subject(), subject)
            && Objects.equals(c.counterpart(), counterpart) && Objects.equals(c.product(), product)
            && Objects.equals(c.year(), year))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim " + metric + " " + subject + " " + counterpart + " " + year
            + " in " + SEEDS.claims()));
  }

  private static List<Conflict> conflicts(Claim claim, String type) {
    return SEEDS.conflicts().stream()
        .filter(c -> c.claimId().equals(claim.claimId()) && c.conflictType().equals(type))
        .toList();
  }

  @Test
  void twoWayTrade2024ConflictsOnCurrencyBetween000And004() {
    Claim trade = claim("trade_total", "CA", "CN", null, 2024);
    assertEquals("conflicting", trade.status());
    assertEquals(List.of("a000", "a004"), trade.articleIds());
    List<Conflict> mismatch = conflicts(trade, "currency_mismatch");
    assertEquals(1, mismatch.size(), SEEDS.conflicts().toString());
    Conflict c = mismatch.get(0);
    assertEquals(List.of("a000", "a004"), c.articleIds());
    assertTrue(c.explanation().startsWith("000 gives US$118.7 billion and 004 gives about C$118.7 billion for"
        + " Canada–China two-way trade in 2024; at the 2024 rate these differ by 37%."), c.explanation());
    assertTrue(c.explanation().contains("same numeral in two currencies"), c.explanation());
    // The merged conflict keeps its largest gap: US$118.7B vs US$85.5B, 1.388 − 1.
    assertEquals(0.388, c.severity(), 0.001);
  }

  @Test
  void theStatedConversionIn004IsAnAgreementNotAConflict() {
    Claim trade = claim("trade_total", "CA", "CN", null, 2024);
    assertTrue(SEEDS.conflicts().stream().noneMatch(c -> c.conflictType().equals("conversion_mismatch")));
    assertTrue(trade.notes().stream().anyMatch(n -> n.equals("004 states about C$118.7 billion as about US $85.5 billion"
        + " for Canada–China two-way trade in 2024: 1.388 CAD per USD, within 2% of the 2024 reference rate 1.3698"
        + " (1.4% apart).")), trade.notes().toString());
  }

  @Test
  void partsAddingUpToTheirTotalAreConsistent() {
    Claim trade = claim("trade_total", "CA", "CN", null, 2024);
    assertTrue(trade.notes().stream().anyMatch(n -> n.startsWith("000: exports US$29.9 billion + imports US$88.8 billion"
        + " add up to US$118.7 billion, consistent with")), trade.notes().toString());
    assertTrue(SEEDS.conflicts().stream().noneMatch(c -> c.explanation().contains("add up")));
  }

  @Test
  void theVisitsLengthDiffersBetween000And001() {
    Claim visit = claim("visit_length", "CA", "CN", null, null);
    List<Conflict> mismatch = conflicts(visit, "duration_mismatch");
    assertEquals(1, mismatch.size());
    assertEquals(List.of("a000", "a001"), mismatch.get(0).articleIds());
    assertTrue(mismatch.get(0).explanation().startsWith("000 gives four-day and 001 gives three-day"),
        mismatch.get(0).explanation());
  }

  @Test
  void exportsFallingTo2025ContradictThe2024LevelAndTheSourcesExplainWhy() {
    Claim exports2024 = claim("exports", "CA", "CN", null, 2024);
    List<Conflict> derived = conflicts(exports2024, "derived_inconsistency");
    assertEquals(1, derived.size(), SEEDS.conflicts().toString());
    Conflict c = derived.get(0);
    assertEquals(List.of("a000", "a001"), c.articleIds());
    assertEquals(3, c.figureIds().size());
    assertTrue(c.explanation().contains("which implies about US$46.5 billion in 2024"), c.explanation());
    assertTrue(c.explanation().contains("001 cites China customs data"), c.explanation());
    assertTrue(c.explanation().contains("the figures likely come from different statistical sources (Chinese import"
        + " data vs Canadian export data)"), c.explanation());
    assertEquals(46.54 / 29.9 - 1, c.severity(), 0.01);
  }

  @Test
  void exportSharesAreTheirOwnClaims() {
    Claim us = claim("export_share", "CA", "US", null, 2024);
    assertEquals(75.0, us.consensusValue());
    assertEquals("single_source", us.status());
    Claim cn = claim("export_share", "CA", "CN", null, 2024);
    assertEquals(4.0, cn.maxValue());
    assertEquals("percent", cn.valueUnit());
  }

  @Test
  void tariffRows() {
    List<String> rows = new ArrayList<>(SEEDS.tariffs().stream()
        .map(t -> t.imposer() + ">" + t.target() + " " + t.product() + " " + t.rate() + " " + t.qualifier() + " "
            + t.year() + " " + t.status())
        .toList());
    TariffMentionFinder finder = TariffMentionFinder.fromReference();
    finder.find(RETALIATION_000).forEach(m -> TariffRows.fromReference().fromMention(m, "a000", F000, 17, 2024).forEach(
        t -> rows.add(t.imposer() + ">" + t.target() + " " + t.product() + " " + t.rate() + " " + t.qualifier() + " "
            + t.year() + " " + t.status())));
    Collections.sort(rows);
    assertEquals(List.of(
        "CA>CN aluminum 25.0 exact 2024 imposed",
        "CA>CN electric vehicles 100.0 exact 2024 imposed",
        "CA>CN steel 25.0 exact 2024 imposed",
        "CA>CN steel 25.0 exact null imposed",
        "CN>CA canola 70.0 more_than null retaliatory",
        "CN>CA canola null null 2024 retaliatory",
        "CN>CA pork null null 2024 retaliatory",
        "CN>CA seafood 70.0 more_than null retaliatory",
        "CN>CA seafood null null 2024 retaliatory"), rows);
  }

  @Test
  void figuresThatMerelyShareANumberDoNotConflict() {
    Claim steel = claim("tariff_rate", "CA", "CN", "steel", 2024);
    assertEquals("consistent", steel.status());
    assertEquals(List.of("a000", "a004"), steel.articleIds());
    assertTrue(SEEDS.conflicts().stream().noneMatch(c -> c.explanation().contains("tariff")), SEEDS.conflicts().toString());
  }

  @Test
  void theOutputDoesNotDependOnInputOrder() {
    List<Figure> shuffled = new ArrayList<>(seedFigures());
    Collections.shuffle(shuffled, new java.util.Random(7));
    assertEquals(SEEDS, reconcileAll(shuffled));
  }
}
