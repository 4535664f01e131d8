package org.newsfigures.core.text;

import java.util.Arrays;

/**
 * Converts UTF-16 indexes of one text into code-point offsets, the offsets the tables publish, without counting from
 * the start of the text for each one: the positions of the text's surrogate pairs are listed once, and an index's
 * offset is the index less the pairs before it. Counting from the start per figure or event made analysis time grow
 * with the square of an article's length.
 */
public final class CodePointOffsets {
  /** UTF-16 index of the low surrogate of each pair, ascending. */
  private final int[] lowSurrogates;

  private CodePointOffsets(int[] lowSurrogates) {
    this.lowSurrogates = lowSurrogates;
  }

  public static CodePointOffsets of(String text) {
    int[] lows = new int[16];
    int count = 0;
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        if (count == lows.length) {
          lows = Arrays.copyOf(lows, count * 2);
        }
        lows[count++] = i;
      }
    }
    return new CodePointOffsets(Arrays.copyOf(lows, count));
  }

  /** The code-point offset of UTF-16 index {@code index}: what {@code text.codePointCount(0, index)} gives. */
  public int at(int index) {
    int pairsBefore = Arrays.binarySearch(lowSurrogates, index);
    // A low surrogate at index itself is not counted: codePointCount counts its pair as one from the high surrogate.
    return index - (pairsBefore >= 0 ? pairsBefore : -pairsBefore - 1);
  }
}
