package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsfigures.core.attribution.Metric;
import org.newsfigures.core.attribution.MetricVocabulary;

/**
 * Checks figures against what other figures imply (derived_inconsistency):
 *
 * <ul>
 *   <li>A change and its level ("exports fell 10.4% in 2025 to $41.7 billion", same article) imply the previous
 *       year's level, 41.7 / (1 − 0.104) ≈ 46.5; a stated level of that year (any other figure) must agree with it
 *       within the hedge intervals of {@link Tolerance}, the implied level taking the stated level's hedge. The
 *       explanation names the statistical sources the two sentences cite, since a partner's customs (import) data
 *       and the reporter's export data routinely differ.
 *   <li>Parts and their total stated in one article (imports + exports vs two-way trade, metrics.csv column parts,
 *       same countries in either order, same year) must agree within the intervals; agreement becomes a note.
 * </ul>
 */
final class DerivedChecks {
  private final MetricVocabulary metrics;
  private final ConflictExplainer explainer;

  DerivedChecks(MetricVocabulary metrics, ConflictExplainer explainer) {
    this.metrics = metrics;
    this.explainer = explainer;
  }

  List<Finding> check(Collection<Reading> readings) {
    List<Finding> findings = new ArrayList<>();
    for (Reading reading : readings) {
      Optional<Metric> metric = metrics.find(reading.key().metric());
      if (metric.isPresent() && metric.get().changeOf() != null) {
        changes(reading, metric.get().changeOf(), readings, findings);
      }
      if (metric.isPresent() && !metric.get().parts().isEmpty()) {
        parts(reading, metric.get().parts(), readings, findings);
      }
    }
    return findings;
  }

  private void changes(Reading change, String levelMetric, Collection<Reading> readings, List<Finding> findings) {
    Integer year = change.key().year();
    if (year == null || change.figure().direction() == null || !change.comparable()) {
      return;
    }
    double sign = "decrease".equals(change.figure().direction()) ? -1 : 1;
    for (Reading level : readings) {
      if (!level.articleId().equals(change.articleId()) || !level.comparable()
          || !sameLine(level.key(), change.key(), levelMetric) || !year.equals(level.key().year())) {
        continue;
      }
      double implied = level.point() / (1 + sign * change.figure().value() / 100);
      for (Reading stated : readings) {
        if (stated == level || !stated.comparable()
            || !sameLine(stated.key(), change.key(), levelMetric) || !Integer.valueOf(year - 1).equals(stated.key().year())) {
          continue;
        }
        double[] impliedInterval = Tolerance.interval(implied, implied, stated.figure().qualifier());
        if (!Tolerance.overlap(impliedInterval, stated.interval())) {
          String sources = explainer.sources(stated.key(), change.figure(), stated.figure());
          findings.add(new Finding(stated.key(), "derived_inconsistency",
              List.of(change.figure(), level.figure(), stated.figure()), Tolerance.severity(implied, stated.point()),
              explainer.derived(change, level, implied, stated, sources)));
        }
      }
    }
  }

  private void parts(Reading total, List<String> partMetrics, Collection<Reading> readings, List<Finding> findings) {
    if (!total.comparable()) {
      return;
    }
    List<Reading> parts = new ArrayList<>();
    for (String partMetric : partMetrics) {
      readings.stream()
          .filter(p -> p.articleId().equals(total.articleId()) && p.comparable())
          .filter(p -> p.key().metric().equals(partMetric) && samePair(p.key(), total.key()))
          .filter(p -> Objects.equals(p.key().year(), total.key().year()))
          .findFirst()
          .ifPresent(parts::add);
    }
    if (parts.size() != partMetrics.size()) {
      return;
    }
    double sum = parts.stream().mapToDouble(Reading::point).sum();
    boolean agrees = Tolerance.overlap(Tolerance.interval(sum, sum, "exact"), total.interval());
    List<ClaimFigure> figures = new ArrayList<>(parts.stream().map(Reading::figure).toList());
    figures.add(total.figure());
    String text = explainer.partsSum(total.key(), parts, sum, total, agrees);
    findings.add(agrees
        ? Finding.agreement(total.key(), figures, text)
        : new Finding(total.key(), "derived_inconsistency", figures, Tolerance.severity(sum, total.point()), text));
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
