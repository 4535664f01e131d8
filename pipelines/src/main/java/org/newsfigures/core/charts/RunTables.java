package org.newsfigures.core.charts;

import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;

/**
 * The tables of one run that the charts read, as Tablesaw tables with the columns of schemas/&lt;table&gt;.avsc
 * that {@link #COLUMNS} lists (a list column is a string with {@code |} between items; a null is Tablesaw's
 * missing value). Figures and events may be only the rows {@link ChartRows} selects, in table order; their
 * counts are those of the whole tables.
 */
public record RunTables(Table articles, Table figures, int figureCount, Table claims, Table conflicts, Table tariffs,
    Table events, int eventCount) {

  /**
   * The columns the charts and the dashboard read, by table: only these are read back from the Parquet, since a
   * large corpus's figures and events (their sentences above all) would otherwise fill the memory of one worker.
   */
  public static final Map<String, List<String>> COLUMNS = Map.of(
      "articles", List.of("article_id", "source_file", "title", "published_date", "figure_count"),
      "figures", List.of("source_file", "kind"),
      "claims", List.of("claim_id", "metric", "subject", "counterpart", "product", "year", "kind", "n_figures",
          "n_articles", "min_value", "max_value", "min_usd", "max_usd", "consensus_value", "consensus_usd", "status"),
      "conflicts", List.of("conflict_id", "claim_id", "conflict_type", "article_ids", "severity", "explanation"),
      "tariffs", List.of("article_id", "source_file", "imposer", "target", "product", "rate", "qualifier", "year"),
      "events", List.of("event_id", "article_id", "event_type", "date_start", "date_end", "date_text", "location",
          "sentence"));
}
