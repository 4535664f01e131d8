package org.newsfigures.core.reconcile;

import java.util.Map;
import org.newsfigures.core.analysis.Figure;

/**
 * A figure as one claim reads it: for one product, its value normalized to a common unit (money in US dollars,
 * durations in days) and the interval its hedge allows. {@code point} is NaN when money has no USD value (unknown
 * currency): such a figure counts in its claim but is compared with nothing.
 */
record ClaimReading(Figure figure, ClaimKey key, double point, double[] interval, String unit) {
  private static final Map<String, Double> DAYS_PER =
      Map.of("minute", 1.0 / 1440, "hour", 1.0 / 24, "day", 1.0, "week", 7.0, "month", 30.44, "year", 365.25, "decade", 3652.5);

  static ClaimReading of(Figure f, ClaimKey key) {
    double scale;
    String unit;
    if ("money".equals(f.kind())) {
      scale = f.valueUsd() == null ? Double.NaN : f.valueUsd() / f.value();
      unit = "USD";
    } else if ("duration".equals(f.kind()) && f.unit() != null) {
      scale = DAYS_PER.getOrDefault(f.unit(), Double.NaN);
      unit = "day";
    } else {
      scale = 1.0;
      unit = f.kind();
    }
    double low = f.value() * scale;
    double high = (f.valueHigh() == null ? f.value() : f.valueHigh()) * scale;
    return new ClaimReading(f, key, low, Tolerance.interval(low, high, f.qualifier()), unit);
  }

  boolean comparable() {
    return !Double.isNaN(point);
  }

  boolean agreesWith(ClaimReading other) {
    return Tolerance.overlap(interval, other.interval);
  }

  String articleId() {
    return figure.articleId();
  }
}
