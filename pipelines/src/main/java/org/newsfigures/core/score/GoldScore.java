package org.newsfigures.core.score;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link GoldScorer} measured: counts, the scores named as {@code score --floor} files name them, and every miss
 * and error with its sentence.
 */
public record GoldScore(Map<String, Count> counts, List<Error> errors) {

  /** How many of {@code of} were right. */
  public record Count(long right, long of) {
    public double rate() {
      return of == 0 ? 1.0 : (double) right / of;
    }

    public long wrong() {
      return of - right;
    }
  }

  /** One miss or error: its class, the article, the sentence and what is wrong. */
  public record Error(String what, String file, String sentence, String detail) {}

  /** The scores in report order, each as a rate (and, for the conflict-row counts, the count itself). */
  public Map<String, Double> scores() {
    Map<String, Double> scores = new LinkedHashMap<>();
    counts.forEach((name, count) -> scores.put(name, count.rate()));
    scores.put("unmatched_conflict_rows", (double) counts.get("conflict_rows_matching_a_planted_one").wrong());
    return scores;
  }

  /** Errors of one class, in the order found. */
  public List<Error> errors(String what) {
    return errors.stream().filter(e -> e.what().equals(what)).toList();
  }

  static final class Builder {
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final Map<String, long[]> kinds = new TreeMap<>();
    private final List<Error> errors = new ArrayList<>();

    Builder() {
      for (String name : List.of("money_percent_precision", "money_percent_recall", "money_percent_accuracy",
          "money_currency", "year", "subject", "counterpart", "metric", "planted_conflicts_found",
          "conflict_rows_matching_a_planted_one", "agreements_not_reported_as_conflicts")) {
        counts.put(name, new long[2]);
      }
    }

    private void count(String name, boolean right) {
      long[] c = counts.computeIfAbsent(name, k -> new long[2]);
      c[0] += right ? 1 : 0;
      c[1]++;
    }

    void countGold(LabelledFigure g) {
      kinds.computeIfAbsent(g.kind(), k -> new long[2])[1]++;
    }

    void countFound(LabelledFigure g) {
      kinds.get(g.kind())[0]++;
      if (g.core()) {
        count("money_percent_recall", true);
      }
    }

    void error(String what, String file, String sentence, String detail) {
      if ("missed".equals(what)) {
        count("money_percent_recall", false);
      }
      errors.add(new Error(what, file, sentence, detail));
    }

    void countExtractedCore(boolean overlapsGold) {
      count("money_percent_precision", overlapsGold);
    }

    void countAccuracy(LabelledFigure g, boolean accurate, boolean currencyRight) {
      count("money_percent_accuracy", accurate);
      if ("money".equals(g.kind())) {
        count("money_currency", currencyRight);
      }
    }

    void countField(String name, boolean agreed) {
      count(name, agreed);
    }

    void countPlanted(boolean found) {
      count("planted_conflicts_found", found);
    }

    void countConflictRow(boolean matches) {
      count("conflict_rows_matching_a_planted_one", matches);
    }

    void countAgreement(boolean kept) {
      count("agreements_not_reported_as_conflicts", kept);
    }

    GoldScore build() {
      Map<String, Count> all = new LinkedHashMap<>();
      counts.forEach((name, c) -> all.put(name, new Count(c[0], c[1])));
      kinds.forEach((kind, c) -> all.put("recall_" + kind, new Count(c[0], c[1])));
      return new GoldScore(all, List.copyOf(errors));
    }
  }
}
