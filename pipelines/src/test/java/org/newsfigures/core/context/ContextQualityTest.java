package org.newsfigures.core.context;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of entities, events and quotes against the hand-labelled gold in src/test/resources/gold, with a
 * regression guard at the scores reached. With {@code -Dnewsfigures.writeQualityReport=true} it also rewrites
 * docs/context-quality.md (off by default so a plain build leaves the tree clean).
 */
class ContextQualityTest {
  private static final Path ROOT = Path.of(System.getProperty("newsfigures.root", ".."));
  static final String COMMAND =
      "mvn -B -q test -Dtest='org.newsfigures.core.context.ContextQualityTest' -Dnewsfigures.writeQualityReport=true";

  /** Reached on the seeds when this guard was set; a change that lowers any of them fails the build. */
  private static final Map<String, Score> BASELINE =
      Map.of(
          "entities", new Score(83, 0, 0),
          "events", new Score(25, 0, 0),
          "quotes", new Score(12, 0, 0),
          "quotes (text only)", new Score(12, 0, 0));

  record Gold(String article, Map<String, String> fields) {}

  record EntityKey(String name, String type) {
    @Override
    public String toString() {
      return name + " (" + type + ")";
    }
  }

  record EventKey(String type, LocalDate start, LocalDate end) {
    @Override
    public String toString() {
      return type + " " + start + ".." + end;
    }
  }

  record QuoteKey(String text, String speaker) {
    @Override
    public String toString() {
      String shown = text.length() > 50 ? text.substring(0, 50) + "…" : text;
      return "“" + shown.replace('\n', ' ') + "” by " + (speaker == null ? "(none)" : speaker);
    }
  }

  private static List<Gold> gold(String table) {
    try (InputStream in = ContextQualityTest.class.getResourceAsStream("/gold/" + table + ".csv")) {
      CsvMapper mapper = new CsvMapper();
      mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
      try (MappingIterator<Map<String, String>> it =
          mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in)) {
        return it.readAll().stream().map(row -> new Gold(row.get("article"), row)).toList();
      }
    } catch (IOException e) {
      throw new AssertionError("cannot read gold " + table, e);
    }
  }

  private static List<Map<String, String>> goldOf(List<Gold> gold, String prefix) {
    return gold.stream().filter(g -> g.article().equals(prefix)).map(Gold::fields).toList();
  }

  /** table → article → comparison */
  static Map<String, Map<String, GoldComparison>> compare() {
    List<Gold> entities = gold("entities");
    List<Gold> events = gold("events");
    List<Gold> quotes = gold("quotes");
    Map<String, Map<String, GoldComparison>> byTable = new LinkedHashMap<>();
    for (String prefix : ContextSeeds.PREFIXES) {
      ArticleContext context = ContextSeeds.context(prefix);
      List<EntityKey> entityKeys = context.entities().stream().map(e -> new EntityKey(e.name(), e.type())).toList();
      List<EntityKey> goldEntities =
          goldOf(entities, prefix).stream().map(g -> new EntityKey(g.get("name"), g.get("type"))).toList();
      put(byTable, "entities", prefix, GoldComparison.of(entityKeys, goldEntities, EntityKey::equals));

      List<EventKey> eventKeys =
          context.events().stream().map(e -> new EventKey(e.eventType(), e.dateStart(), e.dateEnd())).toList();
      List<EventKey> goldEvents =
          goldOf(events, prefix).stream()
              .map(g -> new EventKey(g.get("event_type"), LocalDate.parse(g.get("date_start")), LocalDate.parse(g.get("date_end"))))
              .toList();
      put(byTable, "events", prefix, GoldComparison.of(eventKeys, goldEvents, EventKey::equals));

      List<QuoteKey> quoteKeys =
          context.quotes().stream()
              .map(q -> new QuoteKey(q.text(), ContextSeeds.entityName(prefix, q.speaker())))
              .toList();
      List<QuoteKey> goldQuotes =
          goldOf(quotes, prefix).stream()
              .map(g -> new QuoteKey(g.get("text_prefix"), g.get("speaker").isEmpty() ? null : g.get("speaker")))
              .toList();
      put(byTable, "quotes", prefix,
          GoldComparison.of(quoteKeys, goldQuotes, (p, g) -> p.text().startsWith(g.text()) && Objects.equals(p.speaker(), g.speaker())));
      put(byTable, "quotes (text only)", prefix,
          GoldComparison.of(quoteKeys, goldQuotes, (p, g) -> p.text().startsWith(g.text())));
    }
    return byTable;
  }

  private static void put(
      Map<String, Map<String, GoldComparison>> byTable, String table, String prefix, GoldComparison comparison) {
    byTable.computeIfAbsent(table, t -> new LinkedHashMap<>()).put(prefix, comparison);
  }

  static Score overall(Map<String, GoldComparison> byArticle) {
    return byArticle.values().stream().map(GoldComparison::score).reduce(Score.ZERO, Score::plus);
  }

  @Test
  void scoresStayAtOrAboveTheBaseline() throws IOException {
    Map<String, Map<String, GoldComparison>> byTable = compare();
    if (Boolean.getBoolean("newsfigures.writeQualityReport")) {
      Path report = ROOT.resolve("docs/context-quality.md");
      Files.createDirectories(report.getParent());
      Files.writeString(report, report(byTable));
    }
    BASELINE.forEach(
        (table, baseline) -> {
          Score score = overall(byTable.get(table));
          assertTrue(score.precision() >= baseline.precision(), table + " precision fell: " + score);
          assertTrue(score.recall() >= baseline.recall(), table + " recall fell: " + score);
        });
  }

  private static String report(Map<String, Map<String, GoldComparison>> byTable) {
    StringBuilder md = new StringBuilder();
    md.append("# Context extraction quality\n\n");
    md.append("Entities, events and quotes of the five seed articles (`seeds/articles`) scored against hand-labelled gold\n")
        .append("(`pipelines/src/test/resources/gold/*.csv`; each file's header states its labelling rules).\n\n");
    md.append("Produced by `").append(COMMAND).append("` on ").append(LocalDate.now()).append(".\n\n");
    md.append("Matching: entities by canonical name and type; events by type, date_start and date_end (each gold row\n")
        .append("matches at most one prediction); quotes by the gold text prefix and the speaker's canonical name\n")
        .append("(`quotes (text only)` ignores the speaker).\n\n");
    md.append("## Overall\n\n| table | gold | predicted | TP | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
    byTable.forEach((table, byArticle) -> md.append(row(table, overall(byArticle))));
    md.append("\n## Per article\n\n| table | article | gold | predicted | TP | P | R | F1 |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
    byTable.forEach(
        (table, byArticle) -> byArticle.forEach((prefix, c) -> md.append(row(table + " | " + prefix, c.score()))));
    md.append("\n## Errors left\n\n");
    List<String> errors = new ArrayList<>();
    byTable.forEach(
        (table, byArticle) ->
            byArticle.forEach((prefix, c) -> c.errors().forEach(e -> errors.add("- " + table + ", " + prefix + ": " + e))));
    md.append(errors.isEmpty() ? "None on the seeds.\n" : String.join("\n", errors) + "\n");
    md.append(ERROR_CATEGORIES);
    return md.toString();
  }

  private static String row(String label, Score s) {
    return String.format(
        Locale.ROOT,
        "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
        label,
        s.truePositives() + s.falseNegatives(),
        s.truePositives() + s.falsePositives(),
        s.truePositives(),
        s.precision(),
        s.recall(),
        s.f1());
  }

  private static final String ERROR_CATEGORIES =
      """

      ## Categories of error, and what the seed scores do not show

      - **In-sample scores.** The gazetteers (`organizations.csv`, `persons.csv`, `person_names.csv`, `regions.csv`)
        and the trigger list were written while reading these five articles, so every entity the seeds name is in
        them. The gold was labelled by the rules in each gold file's header, not from the output, but the entity and
        quote scores are an upper bound: on unseen articles, persons without a title, a listed given name or an
        East Asian family name in `person_names.csv` are missed, and organizations not in `organizations.csv` are
        missed entirely.
      - **Out-of-sample probe.** One paragraph written after the recognizers (a finance minister's response to U.S.
        duties; Sheinbaum meeting Merz "last week"; Musk visiting Shanghai), labelled before the first run:
        entities P 9/11, R 9/13 (missed Elon Musk — no title and "Elon" is not in person_names.csv —, Tesla and
        Statistics Canada — not in organizations.csv; "Canada" inside "Statistics Canada" spurious; the European Union
        typed country, as attribution takes it for a party), events 2 of 3 (sentence-initial "Last week" was missed; now
        fixed, so the probe is no longer held out), quotes 2 of 3 ("called the plan “too little, too late”": "called"
        is not a verb of saying here, since "calls for" and "called X" also name things).
      - **Date ranges across years.** "until 2021" spans back only to a year named earlier in the same sentence
        ("In 2018, ... until 2021"); "detained since March until 2021" or a span over two sentences is dated by its
        end year alone.
      - **One event per date expression.** A date dates the one trigger nearest it, so a sentence reporting two
        occasions with one date ("met Xi at the APEC summit last October") gives one event (the summit), and an
        event whose date is in another sentence ("He arrived Tuesday. The visit ...") is not linked to it.
      - **Pronoun speakers without gender.** "she said" goes to the person last named before the quotation outside
        quotation marks; persons carry no gender, so a "she" after a man is named would be misattributed.
      - **Unnamed sources.** Quotes attributed to "officials", "state media" or "his office" have a null speaker by
        design; GKG-style gold agrees, but analysts wanting the organization behind them get nothing.
      - **Demonyms.** "Canadian", "Chinese" are not counted as mentions of Canada or China (GKG does geocode some
        adjectival forms), so place mention counts are lower than GKG's.
      - **Landmarks and common-noun bodies** ("Great Hall of the People", "China's foreign ministry") are not
        entities: the schema has no facility type and the recognizer needs a proper name.
      """;
}
