package org.newsfigures.core.extract;

import java.util.Map;

/**
 * English number vocabulary: cardinals, scale words (spelled and abbreviated), and the ordinals that name
 * a fraction's denominator ("fifths", "hundredth"). Pure lookups, no parsing.
 */
final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> CARDINALS = Map.ofEntries(
      Map.entry("zero", 0), Map.entry("nought", 0), Map.entry("naught", 0),
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90));

  /** Scale words written after a number with a space: "1.8 million", "three lakh crore", "5 bn". */
  private static final Map<String, Double> SCALES = Map.ofEntries(
      Map.entry("hundred", 1e2), Map.entry("hundreds", 1e2),
      Map.entry("thousand", 1e3), Map.entry("thousands", 1e3),
      Map.entry("million", 1e6), Map.entry("millions", 1e6), Map.entry("mln", 1e6), Map.entry("mn", 1e6),
      Map.entry("mil", 1e6),
      Map.entry("billion", 1e9), Map.entry("billions", 1e9), Map.entry("bn", 1e9), Map.entry("bln", 1e9),
      Map.entry("trillion", 1e12), Map.entry("trillions", 1e12), Map.entry("tn", 1e12), Map.entry("tln", 1e12),
      Map.entry("lakh", 1e5), Map.entry("lakhs", 1e5), Map.entry("crore", 1e7), Map.entry("crores", 1e7),
      Map.entry("dozen", 12.0), Map.entry("dozens", 12.0), Map.entry("dz", 12.0), Map.entry("dzs", 12.0),
      Map.entry("doz", 12.0), Map.entry("dozs", 12.0));

  /**
   * One-letter scales, case-sensitive because "m" and "g" alone are metres and grams: "10k", "2.33 k",
   * "10M", "1,674.5 G", "1.2b", "US$ 1MM". Lower-case "m" counts only after a currency symbol ("£5m").
   */
  private static final Map<String, Double> LETTER_SCALES = Map.of(
      "k", 1e3, "K", 1e3, "M", 1e6, "MM", 1e6, "G", 1e9, "b", 1e9, "B", 1e9);

  private static final Map<String, Integer> ORDINAL_DENOMINATORS = Map.ofEntries(
      Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5), Map.entry("sixth", 6),
      Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9), Map.entry("tenth", 10),
      Map.entry("eleventh", 11), Map.entry("twelfth", 12), Map.entry("thirteenth", 13),
      Map.entry("fourteenth", 14), Map.entry("fifteenth", 15), Map.entry("sixteenth", 16),
      Map.entry("seventeenth", 17), Map.entry("eighteenth", 18), Map.entry("nineteenth", 19),
      Map.entry("twentieth", 20), Map.entry("thirtieth", 30), Map.entry("fortieth", 40),
      Map.entry("fiftieth", 50), Map.entry("sixtieth", 60), Map.entry("seventieth", 70),
      Map.entry("eightieth", 80), Map.entry("ninetieth", 90), Map.entry("hundredth", 100),
      Map.entry("thousandth", 1000), Map.entry("millionth", 1_000_000), Map.entry("billionth", 1_000_000_000));

  /** "first" and "second" name a denominator only inside a compound: "a twenty-first", "three twenty-firsts". */
  private static final Map<String, Integer> COMPOUND_ONLY_ORDINALS = Map.of("first", 1, "second", 2);

  /** 0–90 for a cardinal word, or -1. */
  static int cardinal(String word) {
    Integer v = CARDINALS.get(word);
    return v == null ? -1 : v;
  }

  /** The multiplier of a spaced scale word, or 0. */
  static double scale(String word) {
    Double v = SCALES.get(word);
    return v == null ? 0 : v;
  }

  /** The multiplier of a one/two-letter scale written as is (case-sensitive), or 0. */
  static double letterScale(String written) {
    Double v = LETTER_SCALES.get(written);
    return v == null ? 0 : v;
  }

  static boolean isDozen(String word) {
    return scale(word) == 12.0;
  }

  /** Denominator of an ordinal fraction word, singular or plural ("fifth", "fifths", "trillionths"), or 0. */
  static double denominator(String word) {
    Integer v = ORDINAL_DENOMINATORS.get(singular(word));
    if (v != null) {
      return v;
    }
    String base = singular(word);
    if (base.endsWith("th") && base.length() > 2) {
      double scale = scale(base.substring(0, base.length() - 2));
      if (scale >= 1e3 && scale != 12.0) {
        return scale; // trillionth
      }
    }
    return 0;
  }

  /** Denominator 1–9 of a unit ordinal that can close a compound ("-first", "fifths"), or 0. */
  static int unitDenominator(String word) {
    String base = singular(word);
    Integer v = COMPOUND_ONLY_ORDINALS.get(base);
    if (v == null) {
      v = ORDINAL_DENOMINATORS.get(base);
    }
    return v != null && v < 10 ? v : 0;
  }

  static boolean isPlural(String word) {
    return word.endsWith("s");
  }

  private static String singular(String word) {
    return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
  }

  /** "half" = 2, "quarter(s)" = 4 as denominators of a fraction phrase, else 0. */
  static int halfOrQuarter(String word) {
    return switch (word) {
      case "half", "halves" -> 2;
      case "quarter", "quarters" -> 4;
      default -> 0;
    };
  }
}
