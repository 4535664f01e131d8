package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.attribution.CountryMentions;
import org.newsfigures.core.attribution.Metric;
import org.newsfigures.core.attribution.MetricVocabulary;
import org.newsfigures.core.fx.FxTable;

/**
 * Reconciles the figures that state the same claims, across articles and within one, into claims, conflicts and
 * tariffs rows. Pure Java, immutable, thread-safe; build once with {@link #fromReference()}. The rules, also in
 * docs/reconciliation-rules.md:
 *
 * <ul>
 *   <li>Grouping ({@link #groupKey}): metric family + the unordered pair of countries. The product is not in the key
 *       because one figure may govern several ("a 25% tariff on steel and aluminum"); the reconciler splits by
 *       product itself. Figures without a metric have no group (null key) and are left out.
 *   <li>Claims: one per (metric, subject, counterpart, product, year, kind), formed only when metric, subject,
 *       counterpart and year are known; only a standing measure (a tariff rate or quota in force; metrics.csv
 *       needs_year = no) may go without a year, and joins its claim's year when exactly one is stated for it in the
 *       group. A figure with several products counts in each product's claim. Figures with an unknown part stay in
 *       the figures table and join no claim.
 *   <li>Values compare after normalization (money in US dollars at fx_year, durations in days) as hedge intervals:
 *       exact ±1%, approx ±10%, bounds open on one side ({@link Tolerance}). Severity = larger / smaller − 1.
 *   <li>Conflicts: currency_mismatch, value_mismatch and duration_mismatch between articles ({@link PairChecks});
 *       conversion_mismatch for a stated conversion off the reference rate by more than 2% ({@link
 *       StatedConversions}); derived_inconsistency for changes against levels and parts against totals ({@link
 *       DerivedChecks}). Findings of one type on one claim make one conflict row, whatever articles they involve.
 *   <li>Status: conflicting when a conflict names the claim; else single_source with one article, consistent with
 *       more. Agreements (stated conversions within 2%, parts adding up) are notes on the claim.
 *   <li>Consensus: {@link Consensus}.
 * </ul>
 *
 * Output is deterministic: rows sorted by id-bearing keys, ids from content hashes ({@link StableId}).
 */
public final class ClaimReconciler {
  private final PairChecks pairChecks;
  private final StatedConversions conversions;
  private final DerivedChecks derivedChecks;
  private final TariffRows tariffRows;

  ClaimReconciler(MetricVocabulary metrics, CountryMentions countries, FxTable fx, TariffRows tariffRows) {
    ConflictExplainer explainer = new ConflictExplainer(metrics, countries);
    this.pairChecks = new PairChecks(fx, explainer);
    this.conversions = new StatedConversions(fx, explainer);
    this.derivedChecks = new DerivedChecks(metrics, explainer);
    this.tariffRows = tariffRows;
  }

  public static ClaimReconciler fromReference() {
    return new ClaimReconciler(
        MetricVocabulary.fromReference(), CountryMentions.fromReference(), FxTable.fromReference(), TariffRows.fromReference());
  }

  /**
   * The group a figure belongs to: "family|A-B" with the pair's codes in alphabetical order ("trade|CA-CN"), "-" for
   * a missing country; null when the figure states no claim: its metric is not one of metrics.csv, or its subject
   * or counterpart is unknown (a figure with an unknown party would join unrelated figures and report conflicts
   * that are not there).
   */
  public static String groupKey(Figure f) {
    return groupKey(f.metric(), f.subject(), f.counterpart());
  }

  /** The group of a figure, or of a claim or rated tariff made from its group, by its metric and countries. */
  public static String groupKey(String metric, String subject, String counterpart) {
    if (metric == null || subject == null || counterpart == null) {
      return null;
    }
    String family = MetricFamilies.INSTANCE.familyOf(metric);
    if (family == null) {
      return null;
    }
    String pair = Stream.of(subject, counterpart)
        .map(code -> code == null ? "-" : code)
        .sorted()
        .collect(Collectors.joining("-"));
    return family + "|" + pair;
  }

  /** Reconciles one group (figures sharing a {@link #groupKey}); figures without a metric are ignored. */
  public Reconciliation reconcile(List<Figure> group) {
    Map<ClaimKey, List<ClaimReading>> claims = readingsByClaim(group);
    ConflictMerger findings = new ConflictMerger();
    claims.forEach((key, readings) -> {
      pairChecks.check(key, readings, findings);
      conversions.check(key, readings).forEach(findings::add);
    });
    derivedChecks.check(claims.values().stream().flatMap(List::stream).toList(), findings);
    List<Conflict> conflicts = findings.conflicts();
    Set<String> conflicting = conflicts.stream().map(Conflict::claimId).collect(Collectors.toSet());
    Map<ClaimKey, List<Finding>> agreements = findings.agreements().stream()
        .collect(Collectors.groupingBy(Finding::key));
    List<Claim> claimRows = new ArrayList<>();
    claims.forEach((key, readings) -> claimRows.add(
        claim(key, readings, agreements.getOrDefault(key, List.of()), conflicting.contains(key.claimId()))));
    List<Tariff> tariffs = group.stream()
        .filter(f -> "tariff_rate".equals(f.metric()))
        .flatMap(f -> tariffRows.fromFigure(f).stream())
        .sorted(Comparator.comparing(Tariff::tariffId))
        .toList();
    return new Reconciliation(claimRows, conflicts, tariffs);
  }

  private Map<ClaimKey, List<ClaimReading>> readingsByClaim(List<Figure> group) {
    List<ClaimKey> keys = new ArrayList<>();
    List<Figure> owners = new ArrayList<>();
    group.stream()
        // A flow of part of a year (a month's exports) is never compared with a year's; a rate set in a month is
        // still the rate.
        .filter(f -> groupKey(f) != null
            && (!MetricFamilies.INSTANCE.needsYear(f.metric()) || f.year() != null && !f.isOfPartOfYear()))
        // A tariff rate is one claim only for the goods it names: "a 25% tariff" and "a 45% tariff" of one pair may be
        // on steel and on lumber; a share, only for the whole it is a share of.
        .filter(f -> f.product() != null || !MetricFamilies.INSTANCE.needsProduct(f.metric()))
        // A standing rate a schedule moves away from or through ("from 150% to 75% … and to 40%") is not the one the
        // article says will hold.
        .filter(f -> MetricFamilies.INSTANCE.needsYear(f.metric()) || !RateSchedule.superseded(f.sentence(), f.text()))
        // Source-file order, so explanations read "000 gives …, 004 gives …".
        .sorted(Comparator.comparing(Figure::sourceFile).thenComparing(Figure::figureId))
        .forEach(f -> {
          for (String product : f.product() == null ? new String[] {null} : f.product().split("\\|")) {
            // A symmetric pair is one claim whichever side the article told it from: codes in alphabetical order.
            boolean swap = MetricFamilies.INSTANCE.symmetric(f.metric()) && f.subject().compareTo(f.counterpart()) > 0;
            keys.add(new ClaimKey(f.metric(), swap ? f.counterpart() : f.subject(), swap ? f.subject() : f.counterpart(),
                product, f.year(), f.kind()));
            owners.add(f);
          }
        });
    Map<ClaimKey, List<ClaimReading>> byClaim = new TreeMap<>(ClaimKey.ORDER);
    for (int i = 0; i < keys.size(); i++) {
      ClaimKey key = withInferredYear(keys.get(i), keys);
      byClaim.computeIfAbsent(key, k -> new ArrayList<>()).add(ClaimReading.of(owners.get(i), key));
    }
    return byClaim;
  }

  /**
   * A standing measure stated without a year (only those reach here without one) takes the one year its claim is
   * stated for in the group, when there is exactly one: "a 25% tariff on steel" joins "the 25% steel tariff of 2024".
   */
  private static ClaimKey withInferredYear(ClaimKey key, List<ClaimKey> all) {
    if (key.year() != null) {
      return key;
    }
    List<Integer> years = all.stream()
        .filter(other -> other.year() != null && other.withYear(null).equals(key))
        .map(ClaimKey::year)
        .distinct()
        .toList();
    return years.size() == 1 ? key.withYear(years.get(0)) : key;
  }

  /** @param agreements the checks on this claim that passed, which become its notes */
  private Claim claim(ClaimKey key, List<ClaimReading> readings, List<Finding> agreements, boolean conflicting) {
    List<String> figureIds = sortedDistinct(readings.stream().map(r -> r.figure().figureId()));
    List<String> articleIds = sortedDistinct(readings.stream().map(ClaimReading::articleId));
    String claimId = key.claimId();
    String status = conflicting ? "conflicting" : articleIds.size() == 1 ? "single_source" : "consistent";
    List<String> notes = agreements.stream()
        .map(Finding::explanation)
        .distinct()
        .sorted()
        .toList();
    Consensus consensus = Consensus.of(readings, articleIds.size());
    ClaimReading any = readings.get(0);
    boolean money = "USD".equals(any.unit());
    List<Double> points = readings.stream().filter(ClaimReading::comparable).map(ClaimReading::point).toList();
    Double min = points.stream().min(Double::compare).orElse(null);
    Double max = points.stream().max(Double::compare).orElse(null);
    return new Claim(
        claimId, key.metric(), key.subject(), key.counterpart(), key.product(), key.year(), key.kind(),
        figureIds.size(), articleIds.size(),
        money ? null : any.unit(),
        money ? null : min, money ? null : max,
        money ? min : null, money ? max : null,
        money ? null : consensus.value(), money ? consensus.value() : null,
        consensus.rule(), status, figureIds, articleIds, notes);
  }

  private static List<String> sortedDistinct(Stream<String> values) {
    return List.copyOf(values.filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)));
  }

  /** Family of each metric (null for a label metrics.csv does not have), read once from metrics.csv for the static {@link #groupKey}. */
  private enum MetricFamilies {
    INSTANCE;

    private final MetricVocabulary vocabulary = MetricVocabulary.fromReference();

    String familyOf(String metric) {
      return vocabulary.find(metric).map(Metric::family).orElse(null);
    }

    boolean symmetric(String metric) {
      return vocabulary.symmetric(metric);
    }

    boolean needsProduct(String metric) {
      return vocabulary.find(metric).map(Metric::needsProduct).orElse(false);
    }

    boolean needsYear(String metric) {
      return vocabulary.find(metric).map(Metric::needsYear).orElse(true);
    }
  }
}
