package org.newsfigures.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

class FigureExtractorPropertiesTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.fromReference();

  @Property
  void groupedIntegersParseToThemselves(@ForAll @LongRange(min = 1000, max = 999_999_999_999L) long n) {
    String written = NumberFormat.getIntegerInstance(Locale.US).format(n);
    List<NumberMention> found = EXTRACTOR.numbers("They counted " + written + " ballots.");
    assertEquals(1, found.size());
    assertEquals(written, found.get(0).text());
    assertEquals((double) n, found.get(0).value());
  }

  @Property
  void moneyKeepsItsValueWithAnyScale(@ForAll @LongRange(min = 1, max = 999) long n,
      @ForAll("scales") String scale) {
    FigureMention m = EXTRACTOR.extract("It cost US$" + n + " " + scale + " in total.").get(0);
    double multiplier = switch (scale) {
      case "thousand" -> 1e3;
      case "million" -> 1e6;
      case "billion" -> 1e9;
      default -> 1e12;
    };
    assertEquals(n * multiplier, m.value(), n * multiplier * 1e-12);
    assertEquals("USD", m.currency().currency());
  }

  @Provide
  Arbitrary<String> scales() {
    return Arbitraries.of("thousand", "million", "billion", "trillion");
  }

  /** Whatever the text, spans are the substring they claim, in order, and extraction never throws. */
  @Property
  void spansEqualTheirSubstring(@ForAll("newsLikeText") String text) {
    int previousStart = -1;
    for (FigureMention m : EXTRACTOR.extract(text)) {
      assertEquals(text.substring(m.start(), m.end()), m.text());
      assertTrue(m.start() >= previousStart, "text order");
      previousStart = m.start();
    }
  }

  @Provide
  Arbitrary<String> newsLikeText() {
    Arbitrary<String> pieces = Arbitraries.of("US$", "C$", " ", "  ", "1.8", "100,000", "2024", "million", "billion",
        "per", "cent", "%", "about", "more than", "-", "to", "between", "and", "two", "twenty", "one", "half", "a",
        "decade", "years", "four-day", "double", "Jan.", ".", ",", "(", ")", "fell", "by", "€", "dollars", "¥",
        "😀", "\n", "3/4", "minus", "point", "five", "of", "over", "thirds", "USD", "1e", "^", "12:01");
    return pieces.list().ofMaxSize(25).map(l -> String.join(" ", l));
  }
}
