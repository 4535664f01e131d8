package org.newsfigures.dev.conformance;

import java.util.List;

/**
 * A suite's score. Besides the strict per-case rule, a per-entity view: an expected entity is recalled
 * when an entity we found has the same span (start and inclusive end), and also counted when the value
 * matches too.
 *
 * @param suite which spec file
 * @param results every case, in file order
 * @param expectedEntities entities the spec expects
 * @param foundEntities entities we reported
 * @param spanMatches expected entities with a found entity of the same span
 * @param fullMatches expected entities with a found entity equal on span, value and ISO code
 */
public record SuiteScore(Suite suite, List<CaseResult> results, int expectedEntities, int foundEntities,
    int spanMatches, int fullMatches) {

  public SuiteScore {
    results = List.copyOf(results);
  }

  public int total() {
    return results.size();
  }

  public int passed() {
    return (int) results.stream().filter(CaseResult::passed).count();
  }

  public int totalNotJava() {
    return (int) results.stream().filter(r -> !r.specCase().flaggedJava()).count();
  }

  public int passedNotJava() {
    return (int) results.stream().filter(r -> r.passed() && !r.specCase().flaggedJava()).count();
  }

  public double spanPrecision() {
    return foundEntities == 0 ? 0 : (double) spanMatches / foundEntities;
  }

  public double spanRecall() {
    return expectedEntities == 0 ? 0 : (double) spanMatches / expectedEntities;
  }

  public List<CaseResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }
}
