package org.newsfigures.core.charts;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.newsfigures.core.analysis.SourceLabel;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Which rows of the figures and events tables the charts read, decided row by row while the tables stream past, so
 * that charting a corpus takes the memory of what the charts show rather than of every figure and event: every
 * figure of the articles "figures per article" shows (the other charts read claims, not figures), and the
 * {@value SummaryCharts#MAX_EVENTS} latest events. {@link SummaryCharts} gives the same pages from these rows as
 * from the whole tables.
 */
public final class ChartRows {
  /** A row's values by column name, as an Avro record gives them (a string may be any CharSequence). */
  @FunctionalInterface
  public interface Values {
    Object get(String column);
  }

  /** Latest first: by the first day an event's date covers, newest first, then by event id. */
  public static final Comparator<Values> LATEST_EVENTS_FIRST =
      Comparator.comparing((Values e) -> (Integer) e.get("date_start"), Comparator.reverseOrder())
          .thenComparing(e -> e.get("event_id").toString());

  private ChartRows() {}

  /**
   * The figures the charts read, given the whole articles table (its {@code figure_count} says which articles
   * "figures per article" shows before their figures are read).
   */
  public static Predicate<Values> figures(Table articles) {
    List<String> busiest = busiestArticles(articles);
    Set<String> shown = new HashSet<>(busiest.subList(0, Math.min(RankedBars.MAX_ROWS, busiest.size())));
    return new Predicate<>() {
      // A figure's article is most often the previous figure's: the rows are sorted by article.
      private String lastSourceFile = "";
      private boolean lastShown;

      @Override
      public boolean test(Values figure) {
        String sourceFile = text(figure, "source_file");
        if (!sourceFile.equals(lastSourceFile)) {
          lastSourceFile = sourceFile;
          lastShown = shown.contains(SourceLabel.of(sourceFile));
        }
        return lastShown;
      }
    };
  }

  /**
   * Every article label, those with the most figures first, ties by label (articles of one label count together):
   * "figures per article" shows the first {@value RankedBars#MAX_ROWS}.
   */
  static List<String> busiestArticles(Table articles) {
    Map<String, Integer> totals = new TreeMap<>();
    for (Row a : articles) {
      totals.merge(SourceLabel.of(a.getString("source_file")), a.getInt("figure_count"), Integer::sum);
    }
    return totals.keySet().stream()
        .sorted(Comparator.comparing((String a) -> totals.get(a), Comparator.reverseOrder()).thenComparing(a -> a))
        .toList();
  }

  private static String text(Values row, String column) {
    Object value = row.get(column);
    return value == null ? "" : value.toString();
  }
}
