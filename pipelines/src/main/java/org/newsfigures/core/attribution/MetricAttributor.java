package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Picks the metric a figure measures: among metrics that apply to the figure's kind, the one whose trigger phrase
 * is nearest the figure (at most {@value #MAX_DISTANCE} characters away), a longer phrase winning a tie. Kind comes
 * first, so a percent beside "exports … fell" is exports_change while money beside "exports" is exports. No trigger
 * near enough: no metric.
 */
final class MetricAttributor {
  /** Further than this, a trigger speaks of another figure of the sentence. */
  static final int MAX_DISTANCE = 80;

  /** A metric and the trigger phrase that chose it. */
  record MetricMatch(Metric metric, PhraseMatch<Metric> trigger) {}

  private final Map<Metric, PhraseTable<Metric>> triggersByMetric;

  MetricAttributor(MetricVocabulary vocabulary) {
    // One table per metric: a long trigger of one metric must not hide a short one of another.
    this.triggersByMetric =
        vocabulary.all().stream()
            .collect(Collectors.toUnmodifiableMap(
                Function.identity(),
                m -> new PhraseTable<>(m.triggers().stream().collect(Collectors.toMap(t -> t, t -> m)), false)));
  }

  /** @param nextFigure where the sentence's next figure starts, or -1 */
  Optional<MetricMatch> attribute(String sentence, int figureStart, int figureEnd, int nextFigure, String kind) {
    List<PhraseMatch<Metric>> near = triggersByMetric.entrySet().stream()
        .filter(e -> e.getKey().kinds().contains(kind))
        .flatMap(e -> e.getValue().find(sentence).stream())
        .filter(t -> t.distanceTo(figureStart, figureEnd) <= MAX_DISTANCE)
        // A phrase spanning the figure ("of … sales" over "of 39% US tariff as sales") is no trigger of it.
        .filter(t -> !(t.start() < figureStart && t.end() > figureEnd))
        // Words after the figure but nearer the next one name the next ("imports fell to $631bn, leaving a surplus of
        // $78bn": the surplus is the $78bn).
        .filter(t -> nextFigure < 0 || t.start() < figureEnd
            || t.start() < nextFigure && t.start() - figureEnd <= nextFigure - t.end())
        .toList();
    // A trigger of the figure's own clause beats a nearer one of the next ("imports … were down 9.2%, while exports").
    int[] clause = ClauseSplitter.ACTORS.around(sentence, figureStart);
    List<PhraseMatch<Metric>> inClause = near.stream().filter(t -> t.start() >= clause[0] && t.end() <= clause[1]).toList();
    return (inClause.isEmpty() ? near : inClause).stream()
        .min(Comparator.<PhraseMatch<Metric>>comparingInt(t -> t.distanceTo(figureStart, figureEnd))
            .thenComparing(t -> -(t.end() - t.start()))
            .thenComparing(t -> t.value().name()))
        .map(t -> new MetricMatch(t.value(), t));
  }
}
