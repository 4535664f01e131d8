package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Picks the metric a figure measures: among metrics that apply to the figure's kind, the one whose trigger phrase
 * is nearest the figure (at most {@value #MAX_DISTANCE} characters away), a longer phrase winning a tie. Kind comes
 * first, so a percent beside "exports … fell" is exports_change while money beside "exports" is exports. No trigger
 * near enough: a percent right before "of" is a share of what follows; anything else has no metric.
 */
final class MetricAttributor {
  /** Further than this, a trigger speaks of another figure of the sentence. */
  static final int MAX_DISTANCE = 80;
  /** How far before a change the level it changes may be named ("export earnings from China fell 12 pct"). */
  private static final int LEVEL_REACH = 40;
  /** The family of trade flows (exports, imports, their balances). */
  static final String TRADE_FAMILY = "trade";
  /** The ending of share metrics' names (export_share, market_share). */
  private static final String SHARE = "_share";
  /** A trigger that opens with "of": a noun phrase ("of … exports"), never a verb. */
  private static final Pattern OF_PHRASE = Pattern.compile("(?i)of\\b");

  /** The metric of a percent right before "of" and a noun that no other metric claims: a share of that whole. */
  static final String SHARE_OF_WHOLE = "share";
  private static final Pattern OF_WHOLE = Pattern.compile("\\s+(of)\\s+(?=\\p{L})");

  /** Whether the metric is a share of something (export_share, market_share, share). */
  static boolean isShare(String metric) {
    return metric != null && (metric.equals(SHARE_OF_WHOLE) || metric.endsWith(SHARE));
  }

  /** A metric and the trigger phrase that chose it. */
  record MetricMatch(Metric metric, PhraseMatch<Metric> trigger) {}

  private final Map<Metric, PhraseTable<Metric>> triggersByMetric;
  /** The change metric of each level metric that has one (exports → exports_change). */
  private final Map<String, Metric> changeOfLevel;
  private final Optional<Metric> shareOfWhole;
  /** Metrics one country levies on another: their roles are actor_target. */
  private final Set<String> levied;
  /** The levied metric of a rate in percent (tariff_rate): what a rate a country pays under a tariff measures. */
  private final Optional<String> leviedRate;

  MetricAttributor(MetricVocabulary vocabulary) {
    // One table per metric: a long trigger of one metric must not hide a short one of another.
    this.triggersByMetric =
        vocabulary.all().stream()
            .filter(m -> !m.triggers().isEmpty()) // share: read from its place before "of", not from words
            .collect(Collectors.toUnmodifiableMap(
                Function.identity(),
                m -> new PhraseTable<>(m.triggers().stream().collect(Collectors.toMap(t -> t, t -> m)), false)));
    this.changeOfLevel = vocabulary.all().stream().filter(m -> m.changeOf() != null)
        .collect(Collectors.toUnmodifiableMap(Metric::changeOf, Function.identity(), (a, b) -> a));
    this.shareOfWhole = vocabulary.find(SHARE_OF_WHOLE);
    this.levied = vocabulary.all().stream().filter(m -> m.roles() == Metric.Roles.ACTOR_TARGET).map(Metric::name)
        .collect(Collectors.toUnmodifiableSet());
    this.leviedRate = vocabulary.all().stream()
        .filter(m -> m.roles() == Metric.Roles.ACTOR_TARGET && m.changeOf() == null && m.kinds().contains("percent"))
        .map(Metric::name).sorted().findFirst();
  }

  /** The vocabulary's metric of that name, if it has one. */
  Optional<Metric> vocabularyMetric(String name) {
    return triggersByMetric.keySet().stream().filter(m -> m.name().equals(name)).findFirst();
  }

  /** The levied metric of percent rates (tariff_rate), if the vocabulary has one. */
  Optional<String> levied() {
    return leviedRate;
  }

  boolean isLevied(String metric) {
    return metric != null && levied.contains(metric); // an immutable set's contains(null) throws
  }

  /** The change metric of a level metric (exports → exports_change), if it has one. */
  Optional<String> changeOf(String level) {
    return Optional.ofNullable(changeOfLevel.get(level)).map(Metric::name);
  }

  /**
   * @param nextFigure where the sentence's next figure starts, or -1
   * @param change whether the figure is a change ("fell 10%")
   */
  Optional<MetricMatch> attribute(
      String sentence, int figureStart, int figureEnd, int nextFigure, String kind, boolean change) {
    Optional<MetricMatch> own = nearest(sentence, figureStart, figureEnd, nextFigure, kind, change, false);
    if (own.isPresent()) {
      return Optional.of(parallelFlow(sentence, figureStart, kind, own.get()).orElse(own.get()));
    }
    if (!change) {
      // "60% of its lithium", "a third of their cars": a share of what follows, whatever it is.
      Matcher of = OF_WHOLE.matcher(sentence).region(figureEnd, sentence.length());
      return shareOfWhole.filter(m -> m.kinds().contains(kind) && of.lookingAt())
          .map(m -> new MetricMatch(m, new PhraseMatch<>(m, of.group(1), of.start(1), of.end(1))));
    }
    // A change whose clause names only the level it changes ("export earnings … fell 12 pct to A$118.0 bln") is the
    // change of that level.
    return nearest(sentence, figureStart, figureEnd, nextFigure, kind, true, true)
        .filter(m -> m.trigger().end() <= figureStart && figureStart - m.trigger().end() <= LEVEL_REACH)
        .flatMap(m -> Optional.ofNullable(changeOfLevel.get(m.metric().name()))
            .filter(c -> c.kinds().contains(kind))
            .map(c -> new MetricMatch(c, m.trigger())));
  }

  /** Sales that are a market's own, not a flow abroad ("domestic sales", "retail sales"). */
  private static final Pattern HOME_SALES = Pattern.compile(
      "(?i)\\b(?:domestic|retail|home|local|online|same-store|store|new-car|used-car)\\s+(?:\\p{L}+\\s+)?$");
  /** Where a clause opened by "while" or "whereas" starts: after the conjunction. */
  private static final Pattern CONTRAST_BEFORE = Pattern.compile("(?i)\\b(?:while|whereas)\\s*$");

  /**
   * "Sales" in a clause set against a trade flow ("Barley shipments were worth A$1.25 bln, while wine sales reached
   * US$1.1 bln") are that flow for other goods: the figure takes the flow's metric, its own "sales" still naming the
   * goods. Sales of a home market ("while domestic sales fell") stay revenue.
   */
  private Optional<MetricMatch> parallelFlow(String sentence, int figureStart, String kind, MetricMatch own) {
    if (!own.trigger().words().equalsIgnoreCase("sales")
        || HOME_SALES.matcher(sentence).region(0, own.trigger().start()).find()) {
      return Optional.empty();
    }
    int[] clause = ClauseSplitter.ACTORS.around(sentence, figureStart);
    if (clause[0] == 0 || !CONTRAST_BEFORE.matcher(sentence).region(0, clause[0]).find()) {
      return Optional.empty();
    }
    return triggersByMetric.entrySet().stream()
        .filter(e -> e.getKey().family().equals(TRADE_FAMILY) && e.getKey().kinds().contains(kind)
            && e.getKey().changeOf() == null && e.getKey().parts().isEmpty())
        .flatMap(e -> e.getValue().find(sentence.substring(0, clause[0])).stream())
        .max(Comparator.comparingInt(PhraseMatch::end))
        .map(t -> new MetricMatch(t.value(), own.trigger()));
  }

  /** @param levels whether to read the triggers of level metrics that have a change metric, whatever their kinds */
  private Optional<MetricMatch> nearest(String sentence, int figureStart, int figureEnd, int nextFigure, String kind,
      boolean change, boolean levels) {
    List<PhraseMatch<Metric>> near = triggersByMetric.entrySet().stream()
        .filter(e -> levels ? changeOfLevel.containsKey(e.getKey().name()) : e.getKey().kinds().contains(kind))
        // A change ("slid 9.8%") is no share, whatever share the clause names ("half of the city's shipments"); a
        // level reached ("fell to 27 per cent") is no change.
        .filter(e -> !change || !isShare(e.getKey().name()))
        .filter(e -> change || e.getKey().changeOf() == null)
        .flatMap(e -> e.getValue().find(sentence).stream())
        .filter(t -> t.distanceTo(figureStart, figureEnd) <= MAX_DISTANCE)
        // A phrase spanning the figure ("of … sales" over "of 39% US tariff as sales") is no trigger of it, unless
        // it is a verb holding the figure as its object ("sold $1.6 billion worth of barley to China").
        .filter(t -> !(t.start() < figureStart && t.end() > figureEnd) || !OF_PHRASE.matcher(t.words()).lookingAt())
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
