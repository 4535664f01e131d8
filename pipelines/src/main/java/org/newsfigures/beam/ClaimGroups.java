package org.newsfigures.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.avro.generic.GenericRecord;
import org.newsfigures.core.reconcile.ClaimReconciler;

/** Figures rows by the claim group reconciliation reads them in; rows with no metric state no claim. */
public final class ClaimGroups {
  private ClaimGroups() {}

  public static Map<String, List<GenericRecord>> of(List<GenericRecord> figureRows) {
    Map<String, List<GenericRecord>> groups = new TreeMap<>();
    for (GenericRecord row : figureRows) {
      String group = groupOf(row);
      if (group != null) {
        groups.computeIfAbsent(group, g -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }

  /** The claim group of a figures or claims row (both have the metric, subject and counterpart columns). */
  static String groupOf(GenericRecord row) {
    return ClaimReconciler.groupKey(text(row, "metric"), text(row, "subject"), text(row, "counterpart"));
  }

  /** Adds a figures row's claim group, if it states a claim (has a metric). */
  static void addGroup(Set<String> groups, GenericRecord figureRow) {
    String group = groupOf(figureRow);
    if (group != null) {
      groups.add(group);
    }
  }

  /** The claim group of a tariffs row with a rate: its figure's, a tariff_rate from imposer to target. */
  static String groupOfRatedTariff(GenericRecord row) {
    return ClaimReconciler.groupKey("tariff_rate", text(row, "imposer"), text(row, "target"));
  }

  /** Avro strings arrive as Utf8 after a Parquet read. */
  private static String text(GenericRecord row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }
}
