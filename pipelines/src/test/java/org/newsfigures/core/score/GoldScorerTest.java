package org.newsfigures.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.Figure;

class GoldScorerTest {
  private static final String A = "Ottawa said exports to Japan rose 12% to C$4 billion in 2024, and 12% again.";
  private static final String B = "Tokyo said Japan bought US$4 billion of Canadian goods in 2024.";

  private static LabelledFigure label(String file, String text, int nth, String kind, double value, String currency,
      String metric, String subject, String counterpart, Integer year) {
    return new LabelledFigure(file, text, nth, kind, value, null, currency, null, null, "exact", null, metric, subject,
        counterpart, year);
  }

  private static Figure figure(String id, String file, String text, String article, int nth, String kind,
      double value, String currency, String metric, String subject, String counterpart, Integer year) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = article.indexOf(text, at + 1);
    }
    return new Figure(id, file, file, 0, article, at, at + text.length(), text, kind, value, null, null, currency, null,
        null, "exact", null, year, null, null, null, null, metric, subject, counterpart, null, null);
  }

  @Test
  void scoresSpansValuesAndFieldsByTheFormatsRules() {
    GoldSet gold = new GoldSet(List.of(
        label("a.txt", "12%", 0, "percent", 12, null, "exports_change", "CA", "JP", 2024),
        label("a.txt", "C$4 billion", 0, "money", 4e9, "CAD", "exports", "CA", "JP", 2024),
        label("a.txt", "12%", 1, "percent", 12, null, "exports_change", "CA", "JP", 2025),
        label("b.txt", "US$4 billion", 0, "money", 4e9, "USD", "canadian_goods_imports", "JP", "CA", 2024)),
        List.of(), List.of());
    List<Figure> found = List.of(
        figure("f1", "a.txt", "12%", A, 0, "percent", 12, null, "exports_change", "CA", "JP", 2024),
        // "4 billion" overlaps the label "C$4 billion"; the currency is wrong.
        figure("f2", "a.txt", "4 billion", A, 0, "money", 4e9, "USD", "exports", "CA", "JP", 2024),
        figure("f3", "a.txt", "2024", A, 0, "percent", 2024, null, null, null, null, null),
        figure("f4", "b.txt", "US$4 billion", B, 0, "money", 4.01e9, "USD", "imports", "JP", "CA", null));
    GoldScore score = new GoldScorer().score(gold, Map.of("a.txt", A, "b.txt", B), found, List.of());

    Map<String, GoldScore.Count> c = score.counts();
    assertEquals(new GoldScore.Count(3, 4), c.get("money_percent_precision")); // "2024" overlaps no label
    assertEquals(new GoldScore.Count(3, 4), c.get("money_percent_recall")); // the second 12% is missed
    assertEquals(new GoldScore.Count(2, 3), c.get("money_percent_accuracy")); // C$ read as USD
    assertEquals(new GoldScore.Count(1, 2), c.get("money_currency"));
    assertEquals(new GoldScore.Count(2, 3), c.get("year"));
    assertEquals(new GoldScore.Count(3, 3), c.get("metric")); // imports ⊂ canadian_goods_imports
    assertEquals(1, score.errors("missed").size());
    assertEquals(1, score.errors("spurious").size());
  }

  @Test
  void metricsAgreeOnWholeWordsOnly() {
    assertTrue(GoldScorer.sameMetric("canola_seed_exports", "exports"));
    assertTrue(GoldScorer.sameMetric("tariff_rate", "mfn_tariff_rate"));
    assertFalse(GoldScorer.sameMetric("exports", "port"));
    assertFalse(GoldScorer.sameMetric("exports", null));
    assertTrue(GoldScorer.sameMetric(null, null));
  }

  @Test
  void plantedConflictsNeedTheirTypeAndEveryArticle() {
    PlantedClaim planted = new PlantedClaim("c1", "conflict", "currency_mismatch", "exports", "CA", "JP", 2024,
        List.of(List.of("a.txt", "C$4 billion"), List.of("b.txt", "US$4 billion")), "");
    PlantedClaim agreement = new PlantedClaim("g1", "agreement", null, "exports", "CA", "JP", 2024,
        List.of(List.of("a.txt", "12%"), List.of("b.txt", "US$4 billion")), "");
    GoldSet gold = new GoldSet(List.of(), List.of(planted, agreement), List.of());
    List<Figure> found = List.of(
        figure("f1", "a.txt", "12%", A, 0, "percent", 12, null, null, null, null, null),
        figure("f4", "b.txt", "US$4 billion", B, 0, "money", 4e9, "USD", null, null, null, null));
    List<ReportedConflict> conflicts = List.of(
        new ReportedConflict("x1", "currency_mismatch", Set.of("a.txt", "b.txt"), List.of(), ""),
        new ReportedConflict("x2", "value_mismatch", Set.of("a.txt"), List.of("f1", "f4"), ""));
    GoldScore score = new GoldScorer().score(gold, Map.of("a.txt", A, "b.txt", B), found, conflicts);

    assertEquals(new GoldScore.Count(1, 1), score.counts().get("planted_conflicts_found"));
    assertEquals(1.0, score.scores().get("unmatched_conflict_rows")); // x2 covers only a.txt
    // x2 holds both of the agreement's figures: the agreement came out as a conflict.
    assertEquals(new GoldScore.Count(0, 1), score.counts().get("agreements_not_reported_as_conflicts"));
  }
}
