package org.newsfigures.core.charts;

import java.time.LocalDate;
import java.util.List;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Synthetic tables with the columns the charts read, for corpora larger than the seeds. */
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

  private static final String[] COUNTRIES = {"CA", "CN", "US", "MX", "JP", "DE", "GB", "IN", "AU", "KR", "FR", "BR"};
  private static final String[] CLAIM_METRICS = {"exports", "imports", "trade_total", "export_share", "exports_change",
      "visit_length"};
  private static final String[] CONFLICT_TYPES = {"currency_mismatch", "value_mismatch", "duration_mismatch",
      "derived_inconsistency", "conversion_mismatch"};
  private static final String[] PRODUCTS = {"", "steel", "canola", "electric vehicles"};

  /**
   * Claims with the columns the charts read: claim i is {@code c%07d}, about a pair of 12 countries in 2015–2024
   * (every 9th without a counterpart), stated by 1 + i % 50 articles, money for trade metrics (US$1M to US$10T),
   * percent or days otherwise; every 7th conflicting.
   */
  static Table claims(int count) {
    Table claims = Table.create("claims", StringColumn.create("claim_id"), StringColumn.create("metric"),
        StringColumn.create("subject"), StringColumn.create("counterpart"), StringColumn.create("product"),
        IntColumn.create("year"), StringColumn.create("kind"), IntColumn.create("n_figures"),
        IntColumn.create("n_articles"), DoubleColumn.create("min_value"), DoubleColumn.create("max_value"),
        DoubleColumn.create("min_usd"), DoubleColumn.create("max_usd"), DoubleColumn.create("consensus_value"),
        DoubleColumn.create("consensus_usd"), StringColumn.create("status"));
    for (int i = 0; i < count; i++) {
      String metric = CLAIM_METRICS[i % CLAIM_METRICS.length];
      boolean money = i % CLAIM_METRICS.length < 3;
      double value = money ? 1e6 * (1 + i % 997) * Math.pow(10, i % 5) : 1 + i % 90;
      claims.stringColumn("claim_id").append(String.format("c%07d", i));
      claims.stringColumn("metric").append(metric);
      claims.stringColumn("subject").append(COUNTRIES[i % COUNTRIES.length]);
      claims.stringColumn("counterpart").append(i % 9 == 0 ? "" : COUNTRIES[(i / 12 + 1 + i) % COUNTRIES.length]);
      claims.stringColumn("product").append("");
      claims.intColumn("year").append(2015 + i % 10);
      claims.stringColumn("kind").append(money ? "money" : metric.equals("visit_length") ? "duration" : "percent");
      claims.intColumn("n_figures").append(2 + i % 50);
      claims.intColumn("n_articles").append(1 + i % 50);
      for (String column : List.of("min_value", "max_value", "consensus_value")) {
        appendOrMissing(claims.doubleColumn(column), money ? null : value * factor(column));
      }
      for (String column : List.of("min_usd", "max_usd", "consensus_usd")) {
        appendOrMissing(claims.doubleColumn(column), money ? value * factor(column) : null);
      }
      claims.stringColumn("status").append(i % 7 == 0 ? "conflicting" : i % 50 == 0 ? "single_source" : "consistent");
    }
    return claims;
  }

  /** Conflicts on claims 0, 7, 14, …: five types in turn, severity 0 to 3.9, explanation "Explanation i.". */
  static Table conflicts(int count) {
    Table conflicts = Table.create("conflicts", StringColumn.create("conflict_id"), StringColumn.create("claim_id"),
        StringColumn.create("conflict_type"), StringColumn.create("article_ids"), DoubleColumn.create("severity"),
        StringColumn.create("explanation"));
    for (int i = 0; i < count; i++) {
      conflicts.stringColumn("conflict_id").append(String.format("k%07d", i));
      conflicts.stringColumn("claim_id").append(String.format("c%07d", 7 * i));
      conflicts.stringColumn("conflict_type").append(CONFLICT_TYPES[i % CONFLICT_TYPES.length]);
      conflicts.stringColumn("article_ids").append(String.format("%016x|%016x", i, i + 1));
      conflicts.doubleColumn("severity").append((i % 40) / 10.0);
      conflicts.stringColumn("explanation").append("Explanation " + i + ".");
    }
    return conflicts;
  }

  /**
   * Tariff statements of article i: imposer and target from 12 countries (every 13th without an imposer), one of
   * four products, rate 5 + i % 120 (every 11th without a rate), year 2018 + i % 8.
   */
  static Table tariffs(int count) {
    Table tariffs = Table.create("tariffs", StringColumn.create("article_id"), StringColumn.create("source_file"),
        StringColumn.create("imposer"), StringColumn.create("target"), StringColumn.create("product"),
        DoubleColumn.create("rate"), StringColumn.create("qualifier"), IntColumn.create("year"));
    for (int i = 0; i < count; i++) {
      tariffs.stringColumn("article_id").append(String.format("%016x", i));
      tariffs.stringColumn("source_file").append(String.format("%05d_article.txt", i));
      tariffs.stringColumn("imposer").append(i % 13 == 0 ? "" : COUNTRIES[i % COUNTRIES.length]);
      tariffs.stringColumn("target").append(COUNTRIES[(i + 1 + i / 12) % COUNTRIES.length]);
      tariffs.stringColumn("product").append(PRODUCTS[i % PRODUCTS.length]);
      appendOrMissing(tariffs.doubleColumn("rate"), i % 11 == 0 ? null : 5.0 + i % 120);
      tariffs.stringColumn("qualifier").append(i % 11 == 0 ? "" : i % 3 == 0 ? "approx" : "exact");
      tariffs.intColumn("year").append(2018 + i % 8);
    }
    return tariffs;
  }

  private static double factor(String column) {
    return column.startsWith("min") ? 0.8 : column.startsWith("max") ? 1.3 : 1;
  }

  private static void appendOrMissing(DoubleColumn column, Double value) {
    if (value == null) {
      column.appendMissing();
    } else {
      column.append(value);
    }
  }
}
