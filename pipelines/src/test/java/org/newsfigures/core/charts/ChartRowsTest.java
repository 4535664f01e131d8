package org.newsfigures.core.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** The rows {@link ChartRows} selects give the same chart pages as the whole tables, from far fewer rows. */
class ChartRowsTest {
  private static final int ARTICLES = 1_500;
  private static final String[] KINDS = {"money", "percent", "count", "money", "duration"};
  private static final String[] METRICS = {"", "exports", "imports", "export_share", "tariff_rate", "exports"};

  @Test
  void theSelectedRowsGiveTheSamePagesAsTheWholeTables() {
    Table articles = ChartTestTables.articles(ARTICLES);
    Table figures = figures();
    Table events = ChartTestTables.events(ARTICLES, 3); // three a day: the 1,000th latest falls within a day

    Predicate<ChartRows.Values> charted = ChartRows.figures(articles);
    Table chartedFigures = selectRows(figures, row -> charted.test(values(row)));
    List<Row> latest = new ArrayList<>();
    events.forEach(row -> latest.add(events.row(row.getRowNumber())));
    latest.sort((a, b) -> ChartRows.LATEST_EVENTS_FIRST.compare(values(a), values(b)));
    Table latestEvents = events.emptyCopy();
    latest.subList(0, SummaryCharts.MAX_EVENTS).forEach(latestEvents::append);

    Table claims = ChartTestTables.claims(ARTICLES);
    Table conflicts = ChartTestTables.conflicts(ARTICLES / 7);
    Table tariffs = ChartTestTables.tariffs(ARTICLES);
    Map<String, byte[]> whole = Dashboard.files(new RunTables(articles, figures, figures.rowCount(), claims,
        conflicts, tariffs, events, events.rowCount()));
    Map<String, byte[]> selected = Dashboard.files(new RunTables(articles, chartedFigures, figures.rowCount(),
        claims, conflicts, tariffs, latestEvents, events.rowCount()));

    assertTrue(chartedFigures.rowCount() < figures.rowCount() / 2,
        chartedFigures.rowCount() + " of " + figures.rowCount() + " figures selected");
    assertEquals(whole.keySet(), selected.keySet());
    whole.forEach((file, bytes) -> assertArrayEquals(bytes, selected.get(file), file));
  }

  @Test
  void aFigureIsReadIfItsArticleIsAmongTheBusiest() {
    Predicate<ChartRows.Values> charted = ChartRows.figures(ChartTestTables.articles(ARTICLES));

    // Article i has i % 100 figures: 01499 (99) is among the 25 busiest, 01400 (0) and 01490 (90) are not.
    assertTrue(charted.test(figure("01499_article.txt", "count", "", null)), "a busiest article's figure");
    assertTrue(!charted.test(figure("01400_article.txt", "count", "", null)), "no chart draws it");
    assertTrue(!charted.test(figure("01490_article.txt", "money", "exports", 2e9)),
        "the money charts draw claims, not figures");
  }

  private static ChartRows.Values figure(String sourceFile, String kind, String metric, Double usd) {
    Map<String, Object> row = new java.util.HashMap<>(
        Map.of("source_file", sourceFile, "kind", kind, "metric", metric));
    row.put("value_usd", usd);
    return row::get;
  }

  /** A Tablesaw row's values as an Avro record gives them: a null for a missing value, a date as epoch days. */
  private static ChartRows.Values values(Row row) {
    return column -> {
      if (row.isMissing(column)) {
        return null;
      }
      Object value = row.getObject(column);
      return value instanceof LocalDate date ? (int) date.toEpochDay() : value;
    };
  }

  private static Table selectRows(Table table, Predicate<Row> keep) {
    Table kept = table.emptyCopy();
    table.forEach(row -> {
      if (keep.test(row)) {
        kept.append(row);
      }
    });
    return kept;
  }

  private static Table figures() {
    Table figures = Table.create("figures", StringColumn.create("figure_id"), StringColumn.create("source_file"),
        StringColumn.create("text"), StringColumn.create("kind"), DoubleColumn.create("value"),
        StringColumn.create("qualifier"), IntColumn.create("year"), DoubleColumn.create("value_usd"),
        StringColumn.create("metric"), StringColumn.create("subject"), StringColumn.create("counterpart"));
    int n = 0;
    for (int i = 0; i < ARTICLES; i++) {
      for (int f = 0; f < i % 100; f++, n++) {
        String kind = KINDS[n % KINDS.length];
        figures.stringColumn("figure_id").append(String.format("f%07d", n));
        figures.stringColumn("source_file").append(String.format("%05d_article.txt", i));
        figures.stringColumn("text").append("figure " + n);
        figures.stringColumn("kind").append(kind);
        figures.doubleColumn("value").append(n % 97);
        figures.stringColumn("qualifier").append(n % 3 == 0 ? "approx" : "exact");
        if (n % 11 == 0) {
          figures.intColumn("year").appendMissing();
        } else {
          figures.intColumn("year").append(2015 + n % 10);
        }
        if (kind.equals("money")) {
          figures.doubleColumn("value_usd").append(1e9 * (n % 89));
        } else {
          figures.doubleColumn("value_usd").appendMissing();
        }
        figures.stringColumn("metric").append(METRICS[n % METRICS.length]);
        figures.stringColumn("subject").append(n % 4 == 0 ? "US" : "CA");
        figures.stringColumn("counterpart").append(n % 5 == 0 ? "" : "CN");
      }
    }
    return figures;
  }
}
