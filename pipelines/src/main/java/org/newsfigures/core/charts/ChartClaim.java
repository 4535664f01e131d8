package org.newsfigures.core.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * One row of the claims table as the charts read it: what it is about, its consensus and the range across the
 * articles (in US dollars for money, else in its value unit), how many articles state it, and whether they conflict.
 * The consensus is null when the claims table has none (money without a USD amount); a missing end of the range is
 * the consensus.
 */
record ChartClaim(String claimId, String metric, String subject, String counterpart, String product, Integer year,
    String kind, int articles, int figures, Double consensus, Double low, Double high, String status) {

  /** The charts' order: the claims most articles state first, then the largest, then by label. */
  static final Comparator<ChartClaim> MOST_STATED_FIRST =
      Comparator.comparing(ChartClaim::articles, Comparator.reverseOrder())
          .thenComparing(c -> c.consensus() == null ? Double.NEGATIVE_INFINITY : c.consensus(),
              Comparator.reverseOrder())
          .thenComparing(ChartClaim::label);

  static List<ChartClaim> of(Table claims) {
    List<ChartClaim> out = new ArrayList<>(claims.rowCount());
    for (Row c : claims) {
      boolean money = c.getString("kind").equals("money");
      Double consensus = number(c, money ? "consensus_usd" : "consensus_value");
      Double low = number(c, money ? "min_usd" : "min_value");
      Double high = number(c, money ? "max_usd" : "max_value");
      out.add(new ChartClaim(c.getString("claim_id"), c.getString("metric"), c.getString("subject"),
          c.getString("counterpart"), c.getString("product"), c.isMissing("year") ? null : c.getInt("year"),
          c.getString("kind"), c.getInt("n_articles"), c.getInt("n_figures"), consensus,
          low == null ? consensus : low, high == null ? consensus : high, c.getString("status")));
    }
    return out;
  }

  boolean conflicting() {
    return status.equals("conflicting");
  }

  /** "exports CA→CN canola 2024": the metric, the countries (? when unknown), the product, the year. */
  String label() {
    String pair = metric.equals("trade_total") ? orUnknown(subject) + "–" + orUnknown(counterpart)
        : orUnknown(subject) + "→" + orUnknown(counterpart);
    return metric.replace('_', ' ') + " " + pair + (product.isEmpty() ? "" : " " + product) + " "
        + (year == null ? "(year?)" : year);
  }

  private static String orUnknown(String code) {
    return code.isEmpty() ? "?" : code;
  }

  private static Double number(Row row, String column) {
    return row.isMissing(column) ? null : row.getDouble(column);
  }
}
