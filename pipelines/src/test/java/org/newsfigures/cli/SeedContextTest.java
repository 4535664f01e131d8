package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsfigures.cli.PipelineRun.query;
import static org.newsfigures.cli.PipelineRun.table;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Context on the seeds: entities, events and quotes, read back with DuckDB. */
class SeedContextTest {
  @TempDir static Path output;

  @BeforeAll
  static void runOnSeeds() {
    PipelineRun.run(PipelineRun.SEEDS, output);
  }

  private static List<Map<String, Object>> rows(String sql) throws SQLException {
    return query(sql.replace("{entities}", table(output, "entities")).replace("{events}", table(output, "events"))
        .replace("{quotes}", table(output, "quotes")).replace("{articles}", table(output, "articles")));
  }

  private static Set<String> column(String sql) throws SQLException {
    return rows(sql).stream().map(r -> String.valueOf(r.values().iterator().next())).collect(Collectors.toSet());
  }

  @Test
  void personsOncePerArticleWithTheirMentionsIn000() throws SQLException {
    Map<String, Object> mentions000 = rows("select name, mentions from {entities} join {articles} using (article_id)"
        + " where type = 'person' and source_file like '000_%'").stream()
        .collect(Collectors.toMap(r -> (String) r.get("name"), r -> r.get("mentions")));
    assertEquals(Map.of("Mark Carney", 6, "Xi Jinping", 2, "Donald Trump", 2, "Anita Anand", 2, "Li Qiang", 1,
        "Justin Trudeau", 1, "Joe Biden", 1), mentions000);
    assertTrue(column("select name from {entities} where type = 'person'").containsAll(Set.of(
        "Mark Carney", "Xi Jinping", "Li Qiang", "Donald Trump", "Anita Anand", "Meng Wanzhou", "Justin Trudeau")));
    assertEquals(0L, rows("select count(*) - count(distinct article_id || entity_id) d from {entities}").get(0).get("d"));
    // One id for a person across articles.
    assertEquals(1L, rows("select count(distinct entity_id) n from {entities} where name = 'Mark Carney'").get(0).get("n"));
  }

  @Test
  void organizationsAndPlaces() throws SQLException {
    assertTrue(column("select name from {entities} where type = 'organization'").containsAll(Set.of(
        "Huawei", "Asia-Pacific Economic Cooperation", "World Economic Forum", "Human Rights Watch")));
    Set<String> places = column("select name from {entities} where type in ('country', 'city', 'region')");
    assertTrue(places.containsAll(Set.of("Beijing", "Davos", "Ottawa", "Vancouver", "South Korea", "Greenland",
        "Venezuela")), places.toString());
  }

  @Test
  void noPersonIsAWeekdayATitleOrASentenceStart() throws SQLException {
    Set<String> persons = column("select name from {entities} where type = 'person'");
    for (String bad : List.of("Prime Minister", "Wednesday", "Friday", "Canadian", "Carney", "Mark", "Relations",
        "Despite", "Minister")) {
      assertTrue(!persons.contains(bad), bad + " is a person: " + persons);
    }
  }

  @Test
  void datedEvents() throws SQLException {
    Set<String> events = column("select left(source_file, 3) || ' ' || event_type || ' ' || date_start || ' '"
        + " || date_end || ' ' || date_precision from {events} join {articles} using (article_id)");
    assertTrue(events.containsAll(Set.of(
        "004 visit 2026-01-13 2026-01-17 day",
        "000 visit 2026-01-14 2026-01-14 day",
        "000 forum 2026-01-19 2026-01-21 day",
        "000 summit 2025-10-01 2025-10-31 month",
        "003 meeting 2026-01-16 2026-01-16 day",
        "001 meeting 2026-01-16 2026-01-16 day",
        "004 arrest 2018-01-01 2018-12-31 year")), events.toString());
  }

  private static String speakerOf(String quoteStart) throws SQLException {
    List<Map<String, Object>> found = rows("select e.name from {quotes} q left join"
        + " (select distinct entity_id, name from {entities}) e on q.speaker = e.entity_id"
        + " where starts_with(q.text, '" + quoteStart + "')");
    assertEquals(1, found.size(), quoteStart);
    return (String) found.get(0).get("name");
  }

  @Test
  void quotesWithTheirSpeakers() throws SQLException {
    assertEquals("Anita Anand", speakerOf("We will double non-U.S. trade over the next 10 years"));
    assertEquals("Anita Anand", speakerOf("Prime Minister Carney is here to recalibrate the Canada-China relationship"));
    assertEquals("Mark Carney", speakerOf("Just landed in Beijing."));
  }
}
