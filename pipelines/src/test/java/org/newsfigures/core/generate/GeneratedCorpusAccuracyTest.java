package org.newsfigures.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the generated corpus (200 articles, seed 1): the figures and their columns found today
 * (docs/benchmarks.md, "Accuracy"). A change that loses or gains a figure, or changes a column, shows here; when it
 * is an improvement, update the numbers.
 */
class GeneratedCorpusAccuracyTest {
  private static ScoreCard card;

  @BeforeAll
  static void score() {
    card = new CorpusScorer().score(1, 200, 0);
  }

  @Test
  void findsEveryGoldFigureAndNothingElse() {
    assertEquals(1_840, card.gold());
    assertEquals(1_840, card.found());
    assertEquals(1_840, card.matched());
  }

  @Test
  void valuesCurrenciesQualifiersAndYearsAllAgree() {
    Map<String, ScoreCard.Agreement> a = card.agreement();
    assertEquals(new ScoreCard.Agreement(1_840, 1_840), a.get("value"));
    assertEquals(new ScoreCard.Agreement(666, 666), a.get("currency"));
    assertEquals(new ScoreCard.Agreement(1_840, 1_840), a.get("qualifier"));
    assertEquals(new ScoreCard.Agreement(1_840, 1_840), a.get("year"));
  }

  @Test
  void attributionAgreesAsMeasured() {
    Map<String, ScoreCard.Agreement> a = card.agreement();
    assertEquals(new ScoreCard.Agreement(990, 1_010), a.get("metric"));
    // Every party agrees since a currency's country ("U.S. dollars") is no party and a symmetric pair may be told
    // from either side (ScoreCard); it was 899 and 992.
    assertEquals(new ScoreCard.Agreement(930, 930), a.get("subject"));
    assertEquals(new ScoreCard.Agreement(1_010, 1_010), a.get("counterpart"));
  }
}
