package org.newsfigures.core.reconcile;

import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.Set;
import org.newsfigures.core.fx.FxTable;

/**
 * Compares the figures of one claim across articles, pair by pair (figures of the same article are not compared:
 * an article restating a value in another currency is a stated conversion, see {@link StatedConversions}).
 *
 * <ul>
 *   <li>currency_mismatch: money in two currencies with the same numeral (within {@value Tolerance#SAME_NUMERAL}),
 *       or in the same dollar currency with a ratio within {@value Tolerance#RATE} of the year's USD rate in CAD.
 *   <li>duration_mismatch: durations whose hedge intervals (in days) do not overlap.
 *   <li>value_mismatch: any other values (money in USD) whose hedge intervals do not overlap (see {@link Tolerance}).
 * </ul>
 */
final class PairChecks {
  static final String CURRENCY_MISMATCH = "currency_mismatch";
  private static final Set<String> DOLLARS = Set.of("USD", "CAD");

  /** Writes the explanation of a disagreeing pair, only for the few a conflict spells out. */
  interface Explanation {
    String of(ClaimKey key, ClaimReading a, ClaimReading b);
  }

  private final FxTable fx;
  // Made once: a widely stated claim has millions of disagreeing pairs, and a lambda per pair was garbage.
  private final Explanation sameNumeral;
  private final Explanation rateRatio;
  private final Explanation valueGap;

  PairChecks(FxTable fx, ConflictExplainer explainer) {
    this.fx = fx;
    this.sameNumeral = (key, a, b) -> explainer.sameNumeral(key, a, b, usdRateYear(key));
    this.rateRatio = (key, a, b) -> explainer.rateRatio(
        key, a, b, ratio(a, b), fx.cadPerUnit("USD", usdRateYear(key)), usdRateYear(key));
    this.valueGap = explainer::valueGap;
  }

  /**
   * Hands each disagreement to {@code out} as it is found, so the n(n-1)/2 pairs of a widely stated claim are never
   * held at once. Same-numeral findings come first: when both kinds hit one article pair, that is the clearer one.
   */
  void check(ClaimKey key, List<ClaimReading> readings, ConflictMerger out) {
    double[] usd = {Double.NaN}; // the claim's CAD per USD, looked up once, only if a pair of dollars needs it
    DoubleSupplier cadPerUsd = () -> {
      if (Double.isNaN(usd[0])) {
        usd[0] = fx.cadPerUnit("USD", usdRateYear(key));
      }
      return usd[0];
    };
    // Same-numeral pairs need money in two currencies; without, the first pass finds nothing and the second need
    // not tell them apart. A widely stated claim has n(n-1)/2 pairs, so this halves its checks.
    boolean twoCurrencies = readings.stream()
        .filter(r -> "money".equals(r.figure().kind()) && r.figure().currency() != null)
        .map(r -> r.figure().currency()).distinct().count() > 1;
    for (boolean sameNumeralPass : twoCurrencies ? new boolean[] {true, false} : new boolean[] {false}) {
      for (int i = 0; i < readings.size(); i++) {
        ClaimReading a = readings.get(i);
        if (!a.comparable()) {
          continue;
        }
        for (int j = i + 1; j < readings.size(); j++) {
          ClaimReading b = readings.get(j);
          if (!b.comparable() || a.articleId().equals(b.articleId())
              || (twoCurrencies && sameNumeral(a, b) != sameNumeralPass)) {
            continue;
          }
          if (sameNumeralPass) {
            disagree(out, key, CURRENCY_MISMATCH, a, b, Tolerance.severity(a.point(), b.point()), sameNumeral);
          } else {
            compare(key, a, b, cadPerUsd, out);
          }
        }
      }
    }
  }

  /** Money in two known currencies written with the same numeral. */
  private static boolean sameNumeral(ClaimReading a, ClaimReading b) {
    String currencyA = a.figure().currency();
    String currencyB = b.figure().currency();
    return "money".equals(a.figure().kind()) && currencyA != null && currencyB != null && !currencyA.equals(currencyB)
        && Tolerance.within(a.figure().value(), b.figure().value(), Tolerance.SAME_NUMERAL);
  }

  private int usdRateYear(ClaimKey key) {
    return fx.rateYear("USD", key.year()).orElseThrow();
  }

  private static double ratio(ClaimReading a, ClaimReading b) {
    return Math.max(a.figure().value(), b.figure().value()) / Math.min(a.figure().value(), b.figure().value());
  }

  private void compare(ClaimKey key, ClaimReading a, ClaimReading b, DoubleSupplier cadPerUsd, ConflictMerger out) {
    String currencyA = a.figure().currency();
    String currencyB = b.figure().currency();
    if ("money".equals(a.figure().kind()) && currencyA != null && currencyA.equals(currencyB) && DOLLARS.contains(currencyA)) {
      double ratio = ratio(a, b);
      if (Tolerance.within(ratio, cadPerUsd.getAsDouble(), Tolerance.RATE)) {
        disagree(out, key, CURRENCY_MISMATCH, a, b, ratio - 1, rateRatio);
        return;
      }
    }
    if (!a.agreesWith(b)) {
      String type = "duration".equals(a.figure().kind()) ? "duration_mismatch" : "value_mismatch";
      disagree(out, key, type, a, b, Tolerance.severity(a.point(), b.point()), valueGap);
    }
  }

  /** Counts a disagreeing pair; makes its finding only when the conflict spells it out. */
  private static void disagree(ConflictMerger out, ClaimKey key, String type, ClaimReading a, ClaimReading b,
      double severity, Explanation explanation) {
    if (out.count(key, type, severity, a.figure(), b.figure(), null)) {
      out.keep(new Finding(key, type, List.of(a.figure(), b.figure()), severity, () -> explanation.of(key, a, b)));
    }
  }
}
