package org.newsfigures.core.charts;

import java.time.LocalDate;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Synthetic articles and events tables with the columns the charts read, for corpora larger than the seeds. */
final class ChartTestTables {
  private ChartTestTables() {}

  /** Article i: id {@code %016x}, file {@code %05d_article.txt}, i % 100 figures. */
  static Table articles(int count) {
    Table articles = Table.create("articles", StringColumn.create("article_id"), StringColumn.create("source_file"),
        StringColumn.create("title"), DateColumn.create("published_date"), IntColumn.create("figure_count"));
    for (int i = 0; i < count; i++) {
      articles.stringColumn("article_id").append(String.format("%016x", i));
      articles.stringColumn("source_file").append(String.format("%05d_article.txt", i));
      articles.stringColumn("title").append("Title " + i);
      articles.dateColumn("published_date").append(LocalDate.of(2025, 1, 1).plusDays(i % 300));
      articles.intColumn("figure_count").append(i % 100);
    }
    return articles;
  }

  /**
   * One event per article, article i's on day i / perDay after 2020-01-01 (so the most recent have the highest
   * numbers), with the sentence "Marker sentence i."; event ids go the other way, so the events of one day are
   * ordered by id, not by article.
   */
  static Table events(int count, int perDay) {
    Table events = Table.create("events", StringColumn.create("event_id"), StringColumn.create("article_id"),
        StringColumn.create("event_type"), DateColumn.create("date_start"), DateColumn.create("date_end"),
        StringColumn.create("date_text"), StringColumn.create("location"), StringColumn.create("sentence"));
    for (int i = 0; i < count; i++) {
      LocalDate day = LocalDate.of(2020, 1, 1).plusDays(i / perDay);
      events.stringColumn("event_id").append(String.format("e%05d", count - i));
      events.stringColumn("article_id").append(String.format("%016x", i));
      events.stringColumn("event_type").append(i % 3 == 0 ? "visit" : "talks");
      events.dateColumn("date_start").append(day);
      events.dateColumn("date_end").append(day);
      events.stringColumn("date_text").append(day.toString());
      events.stringColumn("location").append("");
      events.stringColumn("sentence").append("Marker sentence " + i + ".");
    }
    return events;
  }
}
