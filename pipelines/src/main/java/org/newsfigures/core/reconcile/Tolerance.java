package org.newsfigures.core.reconcile;

/**
 * When two values agree. Each value becomes an interval by its hedge: exact ±{@value #EXACT} (rounding of a
 * printed figure), approx ("about") ±{@value #APPROX}, more_than/at_least [v, ∞), less_than/at_most [0, v], a range
 * its two ends widened as exact. Two values agree when their intervals overlap. Severity of a disagreement is the
 * larger value over the smaller minus one (US$118.7B vs US$86.7B → 0.37).
 */
final class Tolerance {
  static final double EXACT = 0.01;
  static final double APPROX = 0.10;
  /** An implied exchange rate within this of the reference rate is that rate. */
  static final double RATE = 0.02;
  /** Two numerals this close are "the same numeral" (118.7 and 118.7). */
  static final double SAME_NUMERAL = 0.005;

  private Tolerance() {}

  /** [low, high] of what a figure stating {@code low}..{@code high} with {@code qualifier} allows. */
  static double[] interval(double low, double high, String qualifier) {
    return switch (qualifier == null ? "exact" : qualifier) {
      case "approx" -> new double[] {low * (1 - APPROX), high * (1 + APPROX)};
      case "more_than", "at_least" -> new double[] {low * (1 - EXACT), Double.POSITIVE_INFINITY};
      case "less_than", "at_most" -> new double[] {0, high * (1 + EXACT)};
      default -> new double[] {low * (1 - EXACT), high * (1 + EXACT)};
    };
  }

  static boolean overlap(double[] a, double[] b) {
    return a[0] <= b[1] && b[0] <= a[1];
  }

  static double severity(double a, double b) {
    double small = Math.min(Math.abs(a), Math.abs(b));
    double large = Math.max(Math.abs(a), Math.abs(b));
    return small == 0 ? 1.0 : large / small - 1;
  }

  static boolean within(double actual, double expected, double tolerance) {
    return Math.abs(actual / expected - 1) <= tolerance;
  }
}
