package org.newsfigures.dev.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaseScorerTest {
  private static final SpecEntity DOLLARS = new SpecEntity("$ 75 million", 29, 40, 75e6, null);
  private static final SpecEntity CAD = new SpecEntity("c $ 16.4 million", 49, 64, 16.4e6, "CAD");

  @Test
  void specEndIsInclusive() {
    assertTrue(CaseScorer.passes(List.of(DOLLARS), List.of(new FoundEntity(29, 40, "$ 75 million", 75e6, null))));
    assertFalse(CaseScorer.passes(List.of(DOLLARS), List.of(new FoundEntity(29, 41, "$ 75 million", 75e6, null))));
  }

  @Test
  void valuesMatchWithinRelativeTolerance() {
    assertTrue(CaseScorer.sameValue(0.333333333333333, 1.0 / 3));
    assertFalse(CaseScorer.sameValue(0.3333, 1.0 / 3));
    assertTrue(CaseScorer.sameValue(null, null));
    assertFalse(CaseScorer.sameValue(null, 5.0));
  }

  @Test
  void isoComparedOnlyWhereTheSpecGivesOne() {
    assertTrue(CaseScorer.matches(DOLLARS, new FoundEntity(29, 40, "$ 75 million", 75e6, "USD")));
    assertTrue(CaseScorer.matches(CAD, new FoundEntity(49, 64, "c $ 16.4 million", 16.4e6, "CAD")));
    assertFalse(CaseScorer.matches(CAD, new FoundEntity(49, 64, "c $ 16.4 million", 16.4e6, null)));
  }

  @Test
  void countAndOrderMustMatch() {
    FoundEntity found = new FoundEntity(29, 40, "$ 75 million", 75e6, null);
    assertFalse(CaseScorer.passes(List.of(), List.of(found)));
    assertFalse(CaseScorer.passes(List.of(DOLLARS, DOLLARS), List.of(found)));
    assertTrue(CaseScorer.passes(List.of(), List.of()));
  }

  @Test
  void flaggedJavaReadsTheCommaSeparatedList() {
    assertTrue(new SpecCase("x", "", List.of(), "javascript, java").flaggedJava());
    assertTrue(new SpecCase("x", "", List.of(), "java,python").flaggedJava());
    assertFalse(new SpecCase("x", "", List.of(), "javascript, python").flaggedJava());
  }
}
