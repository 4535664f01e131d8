package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance test of the foundation: the whole pipeline on the five seed articles, read back with DuckDB. */
class SeedPipelineTest {
  @TempDir static Path output;

  @BeforeAll
  static void runOnSeeds() {
    // With the Direct Runner's checks on, so a DoFn that mutates its input or an unencodable value fails here.
    PipelineRun.run(PipelineRun.SEEDS, output, "--enforceImmutability=true", "--enforceEncodability=true");
  }

  /** The one figure of article {@code prefix} whose text is {@code text}. */
  private static Map<String, Object> figure(String prefix, String text) throws SQLException {
    List<Map<String, Object>> rows = query("select * from " + table(output, "figures")
        + " where source_file like '" + prefix + "_%' and text = '" + text + "'");
    assertEquals(1, rows.size(), () -> "figures with text '" + text + "' in " + prefix + ": " + rows);
    return rows.get(0);
  }

  private static double num(Map<String, Object> row, String column) {
    return ((Number) row.get(column)).doubleValue();
  }

  private static void assertMoney(Map<String, Object> f, double value, String currency, String basis, Integer year) {
    assertEquals("money", f.get("kind"));
    assertEquals(value, num(f, "value"), value * 1e-12);
    assertEquals(currency, f.get("currency"));
    assertEquals(basis, f.get("currency_basis"));
    assertEquals(year, f.get("year"));
  }

  @Test
  void everySeedIsAnArticleWithItsPublishedDate() throws SQLException {
    Map<String, Object> dates = query("select source_file, published_date from " + table(output, "articles")).stream()
        .collect(Collectors.toMap(r -> (String) r.get("source_file"),
            r -> String.valueOf(r.get("published_date"))));
    assertEquals(Map.of(
        "000_49feeb1da4e40101.txt", "null",
        "001_ecb2d43871baa11a.txt", "null",
        "002_5d454296d4e941c5.txt", "2026-01-13",
        "003_6988ce14ab7dc689.txt", "2026-01-16",
        "004_895a94c47a897b13.txt", "2026-01-12"), dates);
    assertEquals(0, query("select * from " + table(output, "rejects")).size());
  }

  @Test
  void articleColumnsAreConsistent() throws SQLException {
    for (Map<String, Object> a : query("select * from " + table(output, "articles"))) {
      assertEquals(((String) a.get("content_sha256")).substring(0, 16), a.get("article_id"));
      assertTrue(((Number) a.get("sentence_count")).intValue() > 5, a.toString());
      assertTrue(((Number) a.get("word_count")).intValue() > 300, a.toString());
      long figures = (Long) query("select count(*) n from " + table(output, "figures")
          + " where article_id = '" + a.get("article_id") + "'").get(0).get("n");
      assertEquals(figures, ((Number) a.get("figure_count")).longValue());
    }
    Map<String, Object> a002 = query("select * from " + table(output, "articles")
        + " where source_file like '002_%'").get(0);
    assertEquals("Canada’s Carney visits China to rebuild ties and reduce U.S. dependence", a002.get("title"));
    assertEquals(LocalDate.of(2026, 1, 13), a002.get("published_date"));
  }

  @Test
  void explicitUsDollarsIn000() throws SQLException {
    assertMoney(figure("000", "US$118.7 billion"), 118.7e9, "USD", "explicit", 2024);
    assertMoney(figure("000", "US$88.8 billion"), 88.8e9, "USD", "explicit", 2024);
    assertMoney(figure("000", "US$29.9 billion"), 29.9e9, "USD", "explicit", 2024);
    Map<String, Object> f = figure("000", "US$118.7 billion");
    assertEquals(118.7e9, num(f, "value_usd"), 1);
    assertEquals(118.7e9 * 1.3698, num(f, "value_cad"), 1e3);
    assertEquals(2024, f.get("fx_year"));
    assertEquals("symbol US$", f.get("currency_evidence"));
  }

  @Test
  void canadianDollarsAndTheStatedConversionIn004() throws SQLException {
    Map<String, Object> cad = figure("004", "C$118.7 billion");
    assertMoney(cad, 118.7e9, "CAD", "explicit", 2024);
    assertEquals("approx", cad.get("qualifier"));
    assertEquals(86.65e9, num(cad, "value_usd"), 0.01e9);
    Map<String, Object> usd = figure("004", "US $85.5 billion");
    assertMoney(usd, 85.5e9, "USD", "explicit", 2024);
    assertEquals("approx", usd.get("qualifier"));
  }

  @Test
  void bareDollarIn001IsInferredFromTheNamedSource() throws SQLException {
    Map<String, Object> f = figure("001", "$41.7 billion");
    assertMoney(f, 41.7e9, "USD", "inferred", 2025);
    assertTrue(((String) f.get("currency_evidence")).contains("China customs data"), f.toString());
    Map<String, Object> change = figure("001", "10.4 percent");
    assertEquals("percent", change.get("kind"));
    assertEquals(10.4, num(change, "value"), 1e-12);
    assertEquals("decrease", change.get("direction"));
    assertEquals(2025, change.get("year"));
  }

  @Test
  void sharesIn003() throws SQLException {
    Map<String, Object> us = figure("003", "75%");
    assertEquals("percent", us.get("kind"));
    assertEquals(75.0, num(us, "value"));
    assertEquals("approx", us.get("qualifier"));
    assertEquals(2024, us.get("year"));
    Map<String, Object> cn = figure("003", "4%");
    assertEquals(4.0, num(cn, "value"));
    assertEquals("less_than", cn.get("qualifier"));
  }

  @Test
  void tariffRates() throws SQLException {
    Map<String, Object> steel = figure("004", "25 per cent");
    assertEquals("percent", steel.get("kind"));
    assertEquals(25.0, num(steel, "value"));
    Map<String, Object> canola = figure("004", "70%");
    assertEquals(70.0, num(canola, "value"));
    assertEquals("more_than", canola.get("qualifier"));
    assertEquals("percent", figure("000", "100%").get("kind"));
    assertEquals(25.0, num(figure("000", "25%"), "value"));
  }

  @Test
  void countsDurationsAndMultipliersIn000() throws SQLException {
    Map<String, Object> residents = figure("000", "1.8 million");
    assertEquals("count", residents.get("kind"));
    assertEquals(1.8e6, num(residents, "value"), 1e-6);
    assertEquals("more_than", residents.get("qualifier"));
    Map<String, Object> students = figure("000", "100,000");
    assertEquals("count", students.get("kind"));
    assertEquals("approx", students.get("qualifier"));
    Map<String, Object> visit = figure("000", "four-day");
    assertEquals("duration", visit.get("kind"));
    assertEquals(4.0, num(visit, "value"));
    assertEquals("day", visit.get("unit"));
    Map<String, Object> doubling = figure("000", "double");
    assertEquals("multiplier", doubling.get("kind"));
    assertEquals(2.0, num(doubling, "value"));
    assertNull(doubling.get("currency"));
  }

  @Test
  void moneyAndPercentRowsAreExactlyTheFiguresTheSeedsState() throws SQLException {
    Set<String> found = query("select left(source_file, 3) || ' ' || text t from " + table(output, "figures")
        + " where kind in ('money', 'percent', 'percentage_points')").stream()
        .map(r -> (String) r.get("t")).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(List.of(
        "000 US$118.7 billion", "000 US$88.8 billion", "000 US$29.9 billion", "000 100%", "000 25%",
        "001 $41.7 billion", "001 10.4 percent",
        "003 75%", "003 4%",
        "004 C$118.7 billion", "004 US $85.5 billion", "004 25 per cent", "004 70%")), found);
  }

  @Test
  void noFigureIsAYearDateTimeOrdinalOrIdentifier() throws SQLException {
    List<Map<String, Object>> bad = query("select source_file, text from " + table(output, "figures")
        + " where regexp_matches(text, '^(19|20)\\d\\d$') or regexp_matches(text, '\\d(st|nd|rd|th)\\b')"
        + " or regexp_matches(text, ':\\d\\d') or text in ('G7', 'COVID-19', 'two-way')"
        + " or text like '%pic.twitter%' or text like '%@%'");
    assertEquals(List.of(), bad);
  }

  @Test
  void everySpanIsTheSliceOfTheArticleAtItsCodePointOffsets() throws Exception {
    for (Map<String, Object> f : query("select source_file, char_start, char_end, text, sentence from "
        + table(output, "figures"))) {
      String article = Files.readString(PipelineRun.SEEDS.resolve((String) f.get("source_file")));
      int[] cps = article.codePoints().toArray();
      int start = (Integer) f.get("char_start");
      int end = (Integer) f.get("char_end");
      assertEquals(f.get("text"), new String(cps, start, end - start), f.toString());
      assertTrue(((String) f.get("sentence")).contains((String) f.get("text")), f.toString());
    }
  }

  @Test
  void idsAreUniqueAndRowsSorted() throws SQLException {
    assertEquals(0L, query("select count(*) - count(distinct figure_id) d from " + table(output, "figures")).get(0).get("d"));
    List<Map<String, Object>> rows = query("select article_id, char_start from " + table(output, "figures"));
    for (int i = 1; i < rows.size(); i++) {
      String prev = rows.get(i - 1).get("article_id") + String.format("%010d", rows.get(i - 1).get("char_start"));
      String cur = rows.get(i).get("article_id") + String.format("%010d", rows.get(i).get("char_start"));
      assertTrue(prev.compareTo(cur) <= 0, "rows out of order at " + i);
    }
  }
}
