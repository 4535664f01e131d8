package org.newsfigures.core.reconcile;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** A numeral as printed: its digits and those after the decimal mark. */
  private static final Pattern NUMERAL = Pattern.compile("\\d[\\d,]*(?:\\.(\\d+))?");

  /**
   * How far, relative to it, the first numeral of a figure's text may be from what it rounds: half a unit of its last
   * printed digit ("0.8" is 0.75 to 0.85, ±6.25%; "118.7" ±0.04%). 0 for a figure with no digits ("a third").
   */
  static double printedRounding(String text) {
    Matcher numeral = NUMERAL.matcher(text);
    if (!numeral.find()) {
      return 0;
    }
    double value = Double.parseDouble(numeral.group().replace(",", ""));
    int decimals = numeral.group(1) == null ? 0 : numeral.group(1).length();
    return value == 0 ? 0 : 0.5 * Math.pow(10, -decimals) / value;
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
