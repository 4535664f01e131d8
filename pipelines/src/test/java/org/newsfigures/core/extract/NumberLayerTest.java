package org.newsfigures.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The number layer ({@link FigureExtractor#numbers}): what a number is, before what it counts. */
class NumberLayerTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.fromReference();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "twenty-five | 25", "one hundred and twenty three | 123", "fifty - two | 52", "three hundred and thirty one | 331",
      "two thousand and two hundred | 2200", "twenty-one trillion three hundred | 21000000000300",
      "three lakh crore | 3e12", "half a dozen | 6", "a dozen | 12", "two thirds | 0.6666666666666666",
      "one and a half | 1.5", "five and a half million | 5500000", "one million and a half | 1500000",
      "two hundred point zero three | 200.03", "minus five point five | -5.5", "negative one | -1",
      "a hundred thousand trillionths | 1e-7", "one hundred thirty-fifths | 2.857142857142857",
      "one hundred and thirty fifths | 26", "1,234,567 | 1234567", "1 234 567 | 1234567", "-9.2321312 | -9.2321312",
      ".08 | 0.08", "1e10 | 1e10", "12.32e+14 | 1.232e15", "2.5^-1 | 0.4", "3/4 | 0.75", "2  1/4 | 2.25",
      "10k | 10000", "2.33 k | 2330", "10M | 1e7", "1.2b | 1.2e9", "1,674.5 million | 1674500000", "10 bln | 1e10",
      "one over three | 0.3333333333333333", "1 out of 5 | 0.2", "quarter million | 250000", "2½ | 2.5",
      "one in five | 0.2", "1-billion | 1e9",
  })
  void readsOneNumber(String text, double value) {
    List<NumberMention> found = EXTRACTOR.numbers(text);
    assertEquals(1, found.size(), () -> "one number in \"" + text + "\", found " + found);
    assertEquals(text, found.get(0).text());
    assertEquals(value, found.get(0).value(), Math.abs(value) * 1e-12);
  }

  @ParameterizedTest
  @ValueSource(strings = {"the 180ml liquid", " 29km Road ", "the May 4th", "a first class seat", "1m isn't a number", "an"})
  void gluedUnitsAndOrdinalsAreNotNumbers(String text) {
    assertEquals(List.of(), EXTRACTOR.numbers(text));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "192.168.1.2 | 4", "5/17/2018 | 3", "three-nought-four | 3", "1, 234, 567 | 3", "22,24,26,31 | 4",
      "$2000 over 3 years | 2",
  })
  void separateNumbers(String text, int count) {
    assertEquals(count, EXTRACTOR.numbers(text).size(), () -> EXTRACTOR.numbers(text).toString());
  }
}
