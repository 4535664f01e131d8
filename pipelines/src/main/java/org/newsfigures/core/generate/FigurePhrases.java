package org.newsfigures.core.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.newsfigures.core.extract.FigureKind;

/**
 * Random figures in every surface form the extractor documents: currency symbols, codes and names, spelled-out
 * amounts, bare {@code $}, ranges, %, percent, per cent, percentage and basis points, counts, durations,
 * multipliers. Each phrase carries its meaning, so the gold is known by construction.
 */
final class FigurePhrases {
  private static final String[] SMALL_NUMBERS = {"two", "three", "four", "five", "six", "seven", "eight", "nine"};

  /** A currency marker written before the number ("US$12.4 billion", "USD 12.4 billion") or after it. */
  private record Marker(String before, String after, String currency) {}

  private static final List<Marker> MARKERS = List.of(
      new Marker("US$", "", "USD"),
      new Marker("US $", "", "USD"),
      new Marker("C$", "", "CAD"),
      new Marker("CA$", "", "CAD"),
      new Marker("€", "", "EUR"),
      new Marker("£", "", "GBP"),
      new Marker("USD ", "", "USD"),
      new Marker("CAD ", "", "CAD"),
      new Marker("EUR ", "", "EUR"),
      new Marker("", " USD", "USD"),
      new Marker("", " U.S. dollars", "USD"),
      new Marker("", " Canadian dollars", "CAD"),
      new Marker("", " euros", "EUR"),
      new Marker("", " yuan", "CNY"),
      new Marker("", " yen", "JPY"),
      new Marker("", " pounds", "GBP"));

  private final SplittableRandom random;

  FigurePhrases(SplittableRandom random) {
    this.random = random;
  }

  /** Money with its currency in the span: a symbol, a code or a name, or £ with "m"/"bn". */
  FigurePhrase explicitMoney() {
    Amount amount = amount();
    if (random.nextInt(10) == 0) {
      String suffix = amount.scale == 1e6 ? "m" : "bn";
      return new FigurePhrase("£" + amount.digits + suffix, FigureKind.MONEY, amount.value(), null, "GBP");
    }
    Marker m = MARKERS.get(random.nextInt(MARKERS.size()));
    return new FigurePhrase(m.before + amount.written() + m.after, FigureKind.MONEY, amount.value(), null, m.currency);
  }

  /**
   * Money with no currency in the span: "$41.7 billion", "$3-billion", "$2-3 billion", "three billion dollars",
   * "half a billion dollars"; the sentence must say which dollar.
   */
  FigurePhrase bareMoney() {
    switch (random.nextInt(8)) {
      case 0 -> {
        int n = 2 + random.nextInt(SMALL_NUMBERS.length);
        String scale = random.nextBoolean() ? "million" : "billion";
        return new FigurePhrase(SMALL_NUMBERS[n - 2] + " " + scale + " dollars", FigureKind.MONEY,
            n * (scale.equals("million") ? 1e6 : 1e9), null, null);
      }
      case 1 -> {
        return new FigurePhrase("half a billion dollars", FigureKind.MONEY, 0.5e9, null, null);
      }
      case 2 -> {
        int n = 1 + random.nextInt(20);
        return new FigurePhrase("$" + n + "-billion", FigureKind.MONEY, n * 1e9, null, null);
      }
      case 3 -> {
        int low = 1 + random.nextInt(8);
        int high = low + 1 + random.nextInt(3);
        return new FigurePhrase("$" + low + "-" + high + " billion", FigureKind.MONEY, low * 1e9, high * 1e9, null);
      }
      default -> {
        Amount amount = amount();
        return new FigurePhrase("$" + amount.written(), FigureKind.MONEY, amount.value(), null, null);
      }
    }
  }

  /** A range of money: "US$2 billion and US$3 billion" (after "between") with one currency. */
  FigurePhrase moneyRange() {
    int low = 1 + random.nextInt(8);
    int high = low + 1 + random.nextInt(3);
    Marker m = MARKERS.get(random.nextInt(6)); // symbols only, one before each number
    return new FigurePhrase(m.before + low + " billion and " + m.before + high + " billion", FigureKind.MONEY,
        low * 1e9, (double) high * 1e9, m.currency);
  }

  /** A percentage: "12.5%", "12.5 percent", "12.5 per cent". */
  FigurePhrase percent() {
    double value = (1 + random.nextInt(400)) / 10.0;
    String number = plain(value);
    String text = switch (random.nextInt(4)) {
      case 0 -> number + "%";
      case 1 -> number + " percent";
      case 2 -> number + " pct";
      default -> number + " per cent";
    };
    return new FigurePhrase(text, FigureKind.PERCENT, value, null, null);
  }

  /** A range of percentages: "2 to 3 percent". */
  FigurePhrase percentRange() {
    int low = 1 + random.nextInt(9);
    int high = low + 1 + random.nextInt(4);
    String unit = random.nextBoolean() ? " percent" : " per cent";
    return new FigurePhrase(low + " to " + high + unit, FigureKind.PERCENT, low, (double) high, null);
  }

  /** A change in percentage points: "1.5 percentage points", or "25 basis points" (0.25 points). */
  FigurePhrase percentagePoints() {
    if (random.nextBoolean()) {
      int basis = 25 * (1 + random.nextInt(4));
      return new FigurePhrase(basis + " basis points", FigureKind.PERCENTAGE_POINTS, basis / 100.0, null, null);
    }
    double value = (1 + random.nextInt(50)) / 10.0;
    return new FigurePhrase(plain(value) + " percentage points", FigureKind.PERCENTAGE_POINTS, value, null, null);
  }

  /** A count in digits, "1,240" (the counted noun follows, outside the span). */
  FigurePhrase count() {
    int n = 20 + random.nextInt(50_000);
    return new FigurePhrase(String.format(Locale.ROOT, "%,d", n), FigureKind.COUNT, n, null, null);
  }

  /** A small count in words, "three" (the counted noun follows, outside the span). */
  FigurePhrase spelledCount() {
    int n = 2 + random.nextInt(SMALL_NUMBERS.length);
    return new FigurePhrase(SMALL_NUMBERS[n - 2], FigureKind.COUNT, n, null, null);
  }

  /** The length of a visit as an adjective: "four-day". */
  FigurePhrase visitLength() {
    int n = 2 + random.nextInt(5);
    return new FigurePhrase(SMALL_NUMBERS[n - 2] + "-day", FigureKind.DURATION, n, null, null);
  }

  /** A multiplier: the verbs "double", "triple", or "twofold", "threefold". */
  FigurePhrase multiplier() {
    int n = 2 + random.nextInt(2);
    String text = random.nextBoolean() ? (n == 2 ? "double" : "triple") : (n == 2 ? "twofold" : "threefold");
    return new FigurePhrase(text, FigureKind.MULTIPLIER, n, null, null);
  }

  /** A span of years: "10 years". */
  FigurePhrase years() {
    int n = 2 + random.nextInt(19);
    return new FigurePhrase(n + " years", FigureKind.DURATION, n, null, null);
  }

  private Amount amount() {
    double scale = random.nextBoolean() ? 1e6 : 1e9;
    int tenths = 10 + random.nextInt(9_990);
    String digits = tenths % 10 == 0 ? Integer.toString(tenths / 10) : plain(tenths / 10.0);
    return new Amount(digits, scale);
  }

  private static String plain(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private record Amount(String digits, double scale) {
    double value() {
      return Double.parseDouble(digits) * scale;
    }

    String written() {
      return digits + (scale == 1e6 ? " million" : " billion");
    }
  }
}
