package org.newsfigures.core.extract;

/**
 * A number found in a token list, before any unit is read.
 *
 * @param first index of the first token
 * @param last index of the last token (inclusive)
 * @param start UTF-16 start in the text
 * @param end UTF-16 end in the text (exclusive)
 * @param value the number, scale words multiplied out ("1.8 million" = 1.8e6)
 * @param scale the scale word's multiplier (1e6 for "1.8 million"), 1 when none was written
 * @param spelled true when written (partly) in words ("twenty-five", "three billion")
 * @param fraction true for a fraction written as such ("two thirds", "a half", "3/4", "one out of three")
 */
record NumberSpan(int first, int last, int start, int end, double value, double scale, boolean spelled,
    boolean fraction) {

  NumberSpan negated(int signToken, int signStart) {
    return new NumberSpan(signToken, last, signStart, end, -value, scale, spelled, fraction);
  }

  /** This number divided by {@code denominator}, spanning both ("one over three", "1 out of 5"). */
  NumberSpan over(NumberSpan denominator) {
    return new NumberSpan(first, denominator.last, start, denominator.end, value / denominator.value, 1,
        spelled || denominator.spelled, true);
  }
}
