package org.newsfigures.core.reconcile;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value a claim's figures best support. Each comparable figure gathers the figures that agree with it (hedge
 * intervals overlap, {@link Tolerance}); the figure backed by the most distinct articles wins, ties going to an exact
 * figure, then to the earliest source file. The consensus is the median of the winner's agreeing figures.
 *
 * @param value the consensus in the claim's unit (US dollars for money); null when no figure is comparable
 * @param rule which rule decided, in words
 */
record Consensus(Double value, String rule) {

  static Consensus of(List<ClaimReading> readings, int articleCount) {
    List<ClaimReading> comparable = readings.stream().filter(ClaimReading::comparable).toList();
    if (comparable.isEmpty()) {
      return new Consensus(null, "none: no figure has a comparable value (money of unknown currency)");
    }
    // Each figure's supporting articles, found once: the comparisons below would otherwise redo the n² scan.
    Map<ClaimReading, Set<String>> support = new IdentityHashMap<>();
    comparable.forEach(r -> support.put(r, supportingArticles(r, comparable)));
    Comparator<ClaimReading> best =
        Comparator.<ClaimReading>comparingInt(r -> -support.get(r).size())
            .thenComparing(r -> "exact".equals(r.figure().qualifier()) ? 0 : 1)
            .thenComparing(r -> r.figure().sourceFile())
            .thenComparing(r -> r.figure().figureId());
    ClaimReading winner = comparable.stream().min(best).orElseThrow();
    List<Double> agreeing =
        comparable.stream().filter(winner::agreesWith).map(ClaimReading::point).sorted().toList();
    double median = agreeing.size() % 2 == 1
        ? agreeing.get(agreeing.size() / 2)
        : (agreeing.get(agreeing.size() / 2 - 1) + agreeing.get(agreeing.size() / 2)) / 2;
    int winnerSupport = support.get(winner).size();
    String rule;
    if (articleCount == 1) {
      rule = "single_source: median of the article's " + agreeing.size() + " agreeing figure(s)";
    } else if (winnerSupport == articleCount) {
      rule = "all_agree: median of " + agreeing.size() + " figures from all " + articleCount + " articles";
    } else {
      boolean tie = comparable.stream().map(support::get).filter(articles -> articles.size() == winnerSupport)
          .distinct().count() > 1;
      rule = (tie ? "tie_broken_by_exactness_then_first_source: " : "most_articles: ")
          + "median of the figures agreeing with " + winner.figure().sourceLabel() + " (" + winnerSupport + " of "
          + articleCount + " articles)";
    }
    return new Consensus(median, rule);
  }

  private static Set<String> supportingArticles(ClaimReading reading, List<ClaimReading> others) {
    return others.stream().filter(reading::agreesWith).map(ClaimReading::articleId).collect(Collectors.toSet());
  }
}
