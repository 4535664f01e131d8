package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.attribution.Metric;
import org.newsfigures.core.attribution.MetricVocabulary;

/**
 * Checks figures against what other figures imply (derived_inconsistency):
 *
 * <ul>
 *   <li>A change and its level ("exports fell 10.4% in 2025 to $41.7 billion", same article) imply the previous
 *       year's level, 41.7 / (1 − 0.104) ≈ 46.5; a stated level of that year (any other figure) must agree with it
 *       within the hedge intervals of {@link Tolerance}, the implied level taking the stated level's hedge, widened by
 *       the rounding of the two figures it is implied from ("$0.8 billion" may be 0.75 to 0.85). A change
 *       stated alone is held the same way against another article's two levels of the line (its $25.1 billion in
 *       2025 and $29.9 billion in 2024 imply a fall of 16.1%, not 10.4%). The
 *       explanation names the statistical sources the two sentences cite, since a partner's customs (import) data
 *       and the reporter's export data routinely differ.
 *   <li>Parts and their total stated in one article (imports + exports vs two-way trade, metrics.csv column parts,
 *       same countries in either order, same year) must agree within the intervals; agreement becomes a note.
 * </ul>
 */
final class DerivedChecks {
  private static final String DERIVED = "derived_inconsistency";

  private final MetricVocabulary metrics;
  private final ConflictExplainer explainer;

  DerivedChecks(MetricVocabulary metrics, ConflictExplainer explainer) {
    this.metrics = metrics;
    this.explainer = explainer;
  }

  /** A claim's line and year: the figures a change's previous-year level is compared with. */
  private record Line(String metric, String subject, String counterpart, String product, Integer year) {}

  /**
   * Hands each finding to {@code out} as it is found. The readings are indexed by article and by line first, so a
   * group of n figures costs the findings it has, not n² scans.
   */
  void check(Collection<ClaimReading> readings, ConflictMerger out) {
    // A level already stated in the wrong currency is explained by that currency_mismatch; holding it against a
    // change again would report the same error twice.
    Set<Figure> mismatched = out.involvedIn(PairChecks.CURRENCY_MISMATCH);
    Map<String, List<ClaimReading>> byArticle = new HashMap<>();
    Map<Line, List<ClaimReading>> byLine = new HashMap<>();
    for (ClaimReading reading : readings) { // lists in the readings' order, so findings come in the same order
      byArticle.computeIfAbsent(reading.articleId(), a -> new ArrayList<>()).add(reading);
      ClaimKey key = reading.key();
      byLine.computeIfAbsent(new Line(key.metric(), key.subject(), key.counterpart(), key.product(), key.year()),
          l -> new ArrayList<>()).add(reading);
    }
    for (ClaimReading reading : readings) {
      Optional<Metric> metric = metrics.find(reading.key().metric());
      List<ClaimReading> sameArticle = byArticle.get(reading.articleId());
      if (metric.isPresent() && metric.get().changeOf() != null) {
        changes(reading, metric.get().changeOf(), byLine, mismatched, out);
      }
      if (metric.isPresent() && !metric.get().parts().isEmpty()) {
        parts(reading, metric.get().parts(), sameArticle, out);
      }
    }
  }

  private void changes(ClaimReading change, String levelMetric, Map<Line, List<ClaimReading>> byLine,
      Set<Figure> mismatched, ConflictMerger out) {
    Integer year = change.key().year();
    if (year == null || change.figure().direction() == null || !change.comparable()) {
      return;
    }
    double sign = "decrease".equals(change.figure().direction()) ? -1 : 1;
    ClaimKey key = change.key();
    List<ClaimReading> previousYear =
        byLine.getOrDefault(new Line(levelMetric, key.subject(), key.counterpart(), key.product(), year - 1), List.of());
    List<ClaimReading> levels =
        byLine.getOrDefault(new Line(levelMetric, key.subject(), key.counterpart(), key.product(), year), List.of());
    for (ClaimReading level : levels) {
      // The change's own level against any statement of the year before; another article's level only against
      // that article's own statement of the year before (one source's two levels imply a change).
      boolean own = level.articleId().equals(change.articleId());
      if (!level.comparable() || !sameLine(level.key(), change.key(), levelMetric)) {
        continue;
      }
      for (ClaimReading stated : previousYear) {
        if (stated == level || !stated.comparable() || !own && !stated.articleId().equals(level.articleId())
            || mismatched.contains(stated.figure()) || mismatched.contains(level.figure())) {
          continue;
        }
        double factor = 1 + sign * change.figure().value() / 100;
        double implied = inStatedTerms(level, stated) / factor;
        double[] impliedInterval = widened(Tolerance.interval(implied, implied, stated.figure().qualifier()), implied,
            Tolerance.printedRounding(level.figure().text())
                + Tolerance.printedRounding(change.figure().text()) * change.figure().value() / 100 / Math.abs(factor));
        if (Tolerance.overlap(impliedInterval, stated.interval())) {
          continue;
        }
        // Counted first, made only if spelled out: a widely stated line has a finding per change and statement.
        double severity = Tolerance.severity(implied, stated.point());
        if (out.count(stated.key(), DERIVED, severity, change.figure(), level.figure(), stated.figure())) {
          out.keep(new Finding(stated.key(), DERIVED, List.of(change.figure(), level.figure(), stated.figure()),
              severity, (Supplier<String>) () -> explainer.derived(change, level, implied, stated,
                  explainer.sources(stated.key(), change.figure(), stated.figure()))));
        }
      }
    }
  }

  /**
   * The interval widened to what the rounding of the figures it is implied from allows: "$0.8 billion, a drop of 84 per
   * cent" implies 0.75/0.165 to 0.85/0.155, about 4.5 to 5.5 billion, not 5.0 ± 1%.
   */
  private static double[] widened(double[] interval, double implied, double rounding) {
    return new double[] {Math.min(interval[0], implied * (1 - rounding)), Math.max(interval[1], implied * (1 + rounding))};
  }

  /**
   * The level in the units the stated year is compared in: two amounts in one currency are compared at the stated
   * year's rate, so a year's change of exchange rate is no inconsistency (C$84.8bn after a 1.8% rise is C$83.3bn).
   */
  private static double inStatedTerms(ClaimReading level, ClaimReading stated) {
    String currency = level.figure().currency();
    return currency != null && currency.equals(stated.figure().currency())
        ? level.figure().value() * stated.point() / stated.figure().value() : level.point();
  }

  private void parts(ClaimReading total, List<String> partMetrics, List<ClaimReading> sameArticle, ConflictMerger out) {
    if (!total.comparable()) {
      return;
    }
    List<ClaimReading> parts = new ArrayList<>();
    for (String partMetric : partMetrics) {
      sameArticle.stream()
          .filter(ClaimReading::comparable)
          .filter(p -> p.key().metric().equals(partMetric) && samePair(p.key(), total.key()))
          .filter(p -> Objects.equals(p.key().year(), total.key().year()))
          .findFirst()
          .ifPresent(parts::add);
    }
    if (parts.size() != partMetrics.size()) {
      return;
    }
    double sum = parts.stream().mapToDouble(ClaimReading::point).sum();
    boolean agrees = Tolerance.overlap(Tolerance.interval(sum, sum, "exact"), total.interval());
    List<Figure> figures = new ArrayList<>(parts.stream().map(ClaimReading::figure).toList());
    figures.add(total.figure());
    String text = explainer.partsSum(total.key(), parts, sum, total, agrees);
    out.add(agrees
        ? Finding.agreement(total.key(), figures, text)
        : new Finding(total.key(), DERIVED, figures, Tolerance.severity(sum, total.point()), text));
  }

  /** Same countries in the same roles and same product, the metric being {@code metric}. */
  private static boolean sameLine(ClaimKey key, ClaimKey other, String metric) {
    return key.metric().equals(metric)
        && Objects.equals(key.subject(), other.subject())
        && Objects.equals(key.counterpart(), other.counterpart())
        && Objects.equals(key.product(), other.product());
  }

  private static boolean samePair(ClaimKey a, ClaimKey b) {
    return Objects.equals(a.subject(), b.subject()) && Objects.equals(a.counterpart(), b.counterpart())
        || Objects.equals(a.subject(), b.counterpart()) && Objects.equals(a.counterpart(), b.subject());
  }
}
