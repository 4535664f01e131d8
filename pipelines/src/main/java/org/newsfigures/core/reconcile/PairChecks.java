package org.newsfigures.core.reconcile;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
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
  private static final Set<String> DOLLARS = Set.of("USD", "CAD");

  private final FxTable fx;
  private final ConflictExplainer explainer;

  PairChecks(FxTable fx, ConflictExplainer explainer) {
    this.fx = fx;
    this.explainer = explainer;
  }

  /**
   * Hands each finding to {@code out} as it is made, so the n(n-1)/2 pairs of a widely stated claim are never held
   * at once. Same-numeral findings come first: when both kinds hit one article pair, that is the clearer one.
   */
  void check(ClaimKey key, List<Reading> readings, Consumer<Finding> out) {
    UsdRate[] usd = new UsdRate[1]; // the claim's USD rate, looked up once, only if a pair of dollars needs it
    Supplier<UsdRate> usdRate = () -> {
      if (usd[0] == null) {
        int year = fx.rateYear("USD", key.year()).orElseThrow();
        usd[0] = new UsdRate(year, fx.cadPerUnit("USD", year));
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
        Reading a = readings.get(i);
        if (!a.comparable()) {
          continue;
        }
        for (int j = i + 1; j < readings.size(); j++) {
          Reading b = readings.get(j);
          if (!b.comparable() || a.articleId().equals(b.articleId())
              || (twoCurrencies && sameNumeral(a, b) != sameNumeralPass)) {
            continue;
          }
          if (sameNumeralPass) {
            out.accept(new Finding(key, "currency_mismatch", List.of(a.figure(), b.figure()),
                Tolerance.severity(a.point(), b.point()),
                (Supplier<String>) () -> explainer.sameNumeral(key, a, b, fx.rateYear("USD", key.year()).orElseThrow())));
          } else {
            compare(key, a, b, usdRate, out);
          }
        }
      }
    }
  }

  /** Money in two known currencies written with the same numeral. */
  private static boolean sameNumeral(Reading a, Reading b) {
    String currencyA = a.figure().currency();
    String currencyB = b.figure().currency();
    return "money".equals(a.figure().kind()) && currencyA != null && currencyB != null && !currencyA.equals(currencyB)
        && Tolerance.within(a.figure().value(), b.figure().value(), Tolerance.SAME_NUMERAL);
  }

  private record UsdRate(int year, double cadPerUnit) {}

  private void compare(ClaimKey key, Reading a, Reading b, Supplier<UsdRate> usdRate, Consumer<Finding> out) {
    List<ClaimFigure> pair = List.of(a.figure(), b.figure());
    String currencyA = a.figure().currency();
    String currencyB = b.figure().currency();
    if ("money".equals(a.figure().kind()) && currencyA != null && currencyA.equals(currencyB) && DOLLARS.contains(currencyA)) {
      int rateYear = usdRate.get().year();
      double rate = usdRate.get().cadPerUnit();
      double ratio = Math.max(a.figure().value(), b.figure().value()) / Math.min(a.figure().value(), b.figure().value());
      if (Tolerance.within(ratio, rate, Tolerance.RATE)) {
        out.accept(new Finding(key, "currency_mismatch", pair, ratio - 1,
            (Supplier<String>) () -> explainer.rateRatio(key, a, b, ratio, rate, rateYear)));
        return;
      }
    }
    if (!a.agreesWith(b)) {
      String type = "duration".equals(a.figure().kind()) ? "duration_mismatch" : "value_mismatch";
      out.accept(new Finding(key, type, pair, Tolerance.severity(a.point(), b.point()),
          (Supplier<String>) () -> explainer.valueGap(key, a, b)));
    }
  }
}
