package org.newsfigures.core.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every figure the extractor finds in the seed articles, run line by line as the pipeline runs it
 * sentence by sentence. The lists are exhaustive: a year, date, ordinal or id read as a figure fails them.
 * Row format: text | kind | value | unit | marker=ISO | qualifier | direction.
 */
class SeedArticlesTest {
  private static final FigureExtractor EXTRACTOR = FigureExtractor.fromReference();

  @Test
  void article000() throws IOException {
    assertEquals(List.of(
        "four-day | DURATION | 4.0 | day | - | EXACT | -",
        "a decade | DURATION | 1.0 | decade | - | APPROX | -",
        "double | MULTIPLIER | 2.0 | - | - | EXACT | -",
        "10 years | DURATION | 10.0 | year | - | EXACT | -",
        "US$118.7 billion | MONEY | 1.187E11 | - | US$=USD | EXACT | -",
        "US$88.8 billion | MONEY | 8.88E10 | - | US$=USD | EXACT | -",
        "US$29.9 billion | MONEY | 2.99E10 | - | US$=USD | EXACT | -",
        "100% | PERCENT | 100.0 | - | - | EXACT | -",
        "25% | PERCENT | 25.0 | - | - | EXACT | -",
        "1.8 million | COUNT | 1800000.0 | - | - | MORE_THAN | -",
        "100,000 | COUNT | 100000.0 | - | - | APPROX | -"),
        figures("000_49feeb1da4e40101.txt"));
  }

  @Test
  void article001() throws IOException {
    assertEquals(List.of(
        "three-day | DURATION | 3.0 | day | - | EXACT | -",
        "three years | DURATION | 3.0 | year | - | EXACT | -",
        "double | MULTIPLIER | 2.0 | - | - | EXACT | -",
        "ten years | DURATION | 10.0 | year | - | EXACT | -",
        "10.4 percent | PERCENT | 10.4 | - | - | EXACT | DECREASE",
        "$41.7 billion | MONEY | 4.17E10 | - | $=? | EXACT | -",
        "two days | DURATION | 2.0 | day | - | EXACT | -"),
        figures("001_ecb2d43871baa11a.txt"));
  }

  @Test
  void article002() throws IOException {
    assertEquals(List.of(
        "a decade | DURATION | 1.0 | decade | - | APPROX | -",
        "double | MULTIPLIER | 2.0 | - | - | EXACT | -",
        "two | COUNT | 2.0 | - | - | EXACT | -", // two Canadian lawmakers
        "two | COUNT | 2.0 | - | - | EXACT | -"), // two Canadians ("its two largest trading partners" is not)
        figures("002_5d454296d4e941c5.txt"));
  }

  @Test
  void article003() throws IOException {
    assertEquals(List.of(
        "eight years | DURATION | 8.0 | year | - | EXACT | -",
        "two | COUNT | 2.0 | - | - | EXACT | -", // two Canadians ("the two countries" is not)
        "double | MULTIPLIER | 2.0 | - | - | EXACT | -",
        "75% | PERCENT | 75.0 | - | - | APPROX | -",
        "4% | PERCENT | 4.0 | - | - | LESS_THAN | -"),
        figures("003_6988ce14ab7dc689.txt"));
  }

  @Test
  void article004() throws IOException {
    assertEquals(List.of(
        "a decade | DURATION | 1.0 | decade | - | APPROX | -",
        "two | COUNT | 2.0 | - | - | EXACT | -",
        "three years | DURATION | 3.0 | year | - | APPROX | -",
        "25 per cent | PERCENT | 25.0 | - | - | EXACT | -",
        "70% | PERCENT | 70.0 | - | - | MORE_THAN | -",
        "C$118.7 billion | MONEY | 1.187E11 | - | C$=CAD | APPROX | -",
        "US $85.5 billion | MONEY | 8.55E10 | - | US $=USD | APPROX | -", // inherits "about" across "("
        "double | MULTIPLIER | 2.0 | - | - | EXACT | -"),
        figures("004_895a94c47a897b13.txt"));
  }

  private static List<String> figures(String article) throws IOException {
    Path file = Path.of(System.getProperty("newsfigures.root", "../"), "seeds", "articles", article);
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      for (FigureMention m : EXTRACTOR.extract(line)) {
        assertEquals(line.substring(m.start(), m.end()), m.text(), "span of " + m);
        rows.add(row(m));
      }
    }
    return rows;
  }

  private static String row(FigureMention m) {
    CurrencyMarker c = m.currency();
    String marker = c == null ? "-" : c.text() + "=" + (c.currency() == null ? "?" : c.currency());
    return String.join(" | ", m.text(), m.kind().name(),
        m.value() + (m.valueHigh() == null ? "" : ".." + m.valueHigh()), m.unit() == null ? "-" : m.unit(), marker,
        m.qualifier().name(), m.direction() == null ? "-" : m.direction().name().toUpperCase(Locale.ROOT));
  }
}
