package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsfigures.dev.DevMain;
import picocli.CommandLine;

/** Meaning on the seeds: attribution, claims, conflicts and tariffs, read back with DuckDB. */
class SeedClaimsTest {
  @TempDir static Path output;
  static Map<String, String> articleIds;

  @BeforeAll
  static void runOnSeeds() throws SQLException {
    PipelineRun.run(PipelineRun.SEEDS, output);
    articleIds = query("select left(source_file, 3) p, article_id from " + table(output, "articles")).stream()
        .collect(Collectors.toMap(r -> (String) r.get("p"), r -> (String) r.get("article_id")));
  }

  private static List<Map<String, Object>> rows(String sql) throws SQLException {
    return query(sql.replace("{figures}", table(output, "figures")).replace("{claims}", table(output, "claims"))
        .replace("{conflicts}", table(output, "conflicts")).replace("{tariffs}", table(output, "tariffs")));
  }

  private static Set<String> articles(Object ids) throws SQLException {
    Set<String> prefixes = new TreeSet<>();
    for (Object id : (Object[]) ((java.sql.Array) ids).getArray()) {
      articleIds.forEach((p, a) -> {
        if (a.equals(id)) {
          prefixes.add(p);
        }
      });
    }
    return prefixes;
  }

  private static Map<String, Object> conflict(String type) throws SQLException {
    List<Map<String, Object>> found = rows("select * from {conflicts} where conflict_type = '" + type + "'");
    assertEquals(1, found.size(), type + ": " + found);
    return found.get(0);
  }

  @Test
  void figuresSayWhatTheyMeasure() throws SQLException {
    Map<String, String> metricOf = rows("select text, metric || ' ' || subject || '-' || coalesce(counterpart, '?') m"
        + " from {figures} where source_file like '000_%' and kind = 'money'").stream()
        .collect(Collectors.toMap(r -> (String) r.get("text"), r -> (String) r.get("m")));
    assertEquals(Map.of("US$118.7 billion", "trade_total CA-CN", "US$88.8 billion", "imports CA-CN",
        "US$29.9 billion", "exports CA-CN"), metricOf);
    assertTrue(((String) rows("select attribution_evidence e from {figures} where text = 'US$118.7 billion'")
        .get(0).get("e")).contains("two-way merchandise trade"));
  }

  @Test
  void exportShares2024() throws SQLException {
    List<Map<String, Object>> shares = rows("select subject, counterpart, value, qualifier, year from {figures}"
        + " where metric = 'export_share' order by value desc");
    assertEquals(List.of(
        Map.of("subject", "CA", "counterpart", "US", "value", 75.0, "qualifier", "approx", "year", 2024),
        Map.of("subject", "CA", "counterpart", "CN", "value", 4.0, "qualifier", "less_than", "year", 2024)), shares);
  }

  @Test
  void twoWayTrade2024IsAConflictingClaimWithACurrencyMismatchBetween000And004() throws SQLException {
    List<Map<String, Object>> claim = rows("select * from {claims} where metric = 'trade_total' and year = 2024"
        + " and subject = 'CA' and counterpart = 'CN'");
    assertEquals(1, claim.size());
    assertEquals("conflicting", claim.get(0).get("status"));
    Map<String, Object> mismatch = conflict("currency_mismatch");
    assertEquals(claim.get(0).get("claim_id"), mismatch.get("claim_id"));
    assertEquals(Set.of("000", "004"), articles(mismatch.get("article_ids")));
    assertTrue(((String) mismatch.get("explanation")).startsWith(
        "000 gives US$118.7 billion and 004 gives about C$118.7 billion for Canada–China two-way trade in 2024;"
            + " at the 2024 rate these differ by 37%."), (String) mismatch.get("explanation"));
  }

  @Test
  void theStatedConversionIn004IsAnAgreement() throws SQLException {
    assertEquals(List.of(), rows("select * from {conflicts} where conflict_type = 'conversion_mismatch'"));
    String notes = rows("select notes from {claims} where metric = 'trade_total' and year = 2024").get(0).get("notes").toString();
    assertTrue(notes.contains("1.388 CAD per USD, within 2% of the 2024 reference rate 1.3698"), notes);
  }

  @Test
  void theVisitsLengthConflictsBetween000And001() throws SQLException {
    Map<String, Object> visit = conflict("duration_mismatch");
    assertEquals(Set.of("000", "001"), articles(visit.get("article_ids")));
    assertTrue(((String) visit.get("explanation")).contains("000 gives four-day and 001 gives three-day"));
  }

  @Test
  void exportsChangeAgainstLevelsIsADerivedInconsistencyFromDifferentSources() throws SQLException {
    Map<String, Object> derived = conflict("derived_inconsistency");
    assertEquals(Set.of("000", "001"), articles(derived.get("article_ids")));
    String why = (String) derived.get("explanation");
    assertTrue(why.contains("implies about US$46.5 billion in 2024"), why);
    assertTrue(why.contains("the figures likely come from different statistical sources"
        + " (Chinese import data vs Canadian export data)"), why);
  }

  @Test
  void onlyTheThreeRealDisagreementsAreConflicts() throws SQLException {
    // Shared numbers ("25%" on steel in 000 and 004, 25% on aluminum) are not conflicts.
    assertEquals(Set.of("currency_mismatch", "derived_inconsistency", "duration_mismatch"),
        rows("select conflict_type from {conflicts}").stream().map(r -> (String) r.get("conflict_type"))
            .collect(Collectors.toSet()));
    assertEquals("consistent", rows("select status from {claims} where metric = 'tariff_rate' and product = 'steel'")
        .get(0).get("status"));
  }

  @Test
  void tariffs() throws SQLException {
    Set<String> rated = rows("select imposer || ' on ' || target || ' ' || product || ' ' || qualifier || ' '"
        + " || rate::int || ' ' || coalesce(year::varchar, '-') || ' ' || left(source_file, 3) t"
        + " from {tariffs} where rate is not null").stream().map(r -> (String) r.get("t")).collect(Collectors.toSet());
    assertTrue(rated.containsAll(Set.of(
        "CA on CN electric vehicles exact 100 2024 000",
        "CA on CN steel exact 25 2024 000",
        "CA on CN aluminum exact 25 2024 000",
        "CA on CN steel exact 25 - 004",
        "CN on CA canola more_than 70 - 004")), rated.toString());
    Set<String> rateless = rows("select imposer || ' on ' || target || ' ' || product t from {tariffs}"
        + " where rate is null and source_file like '000_%' and imposer = 'CN'").stream().map(r -> (String) r.get("t"))
        .collect(Collectors.toSet());
    assertEquals(Set.of("CN on CA canola", "CN on CA seafood", "CN on CA pork"), rateless);
  }

  @Test
  void everyIdIsUnique() throws SQLException {
    for (String[] t : new String[][] {{"claims", "claim_id"}, {"conflicts", "conflict_id"}, {"tariffs", "tariff_id"},
        {"figures", "figure_id"}, {"articles", "article_id"}}) {
      assertEquals(0L, query("select count(*) - count(distinct " + t[1] + ") d from " + table(output, t[0]))
          .get(0).get("d"), t[0]);
    }
  }

  @Test
  void benchReconcileReconcilesTheRunsFiguresIntoTheSameClaimsAndConflicts() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = new CommandLine(new DevMain()).execute("bench-reconcile", "--tables", output.toString(), "--rounds", "1");
    } finally {
      System.setOut(out);
    }
    assertEquals(0, exit);
    String report = printed.toString(StandardCharsets.UTF_8);
    long figures = (Long) query("select count(*) n from " + table(output, "figures")).get(0).get("n");
    long claims = (Long) query("select count(*) n from " + table(output, "claims")).get(0).get("n");
    long conflicts = (Long) query("select count(*) n from " + table(output, "conflicts")).get(0).get("n");
    // 16 claims: the trade targets "double non-U.S. exports" name no partner country, so they join no claim.
    assertEquals(List.of(35L, 16L, 3L), List.of(figures, claims, conflicts));
    assertTrue(report.contains("figures: 35 rows"), report);
    assertTrue(report.contains("round 1: ") && report.contains("; 16 claims, 3 conflicts"), report);
  }

  @Test
  void benchReconcileRefusesAFolderWithoutAFiguresTable(@TempDir Path empty) {
    assertEquals(2, new CommandLine(new DevMain()).execute("bench-reconcile", "--tables", empty.toString()));
  }
}
