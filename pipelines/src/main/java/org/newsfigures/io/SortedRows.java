package org.newsfigures.io;

import java.io.Serializable;
import java.util.List;
import org.apache.avro.generic.GenericRecord;

/**
 * How a table's rows are ordered and split into files, so that the same rows always give the same files.
 * Rows split into shards by ranges of their first sort column (a hex content hash, uniformly spread), so shard
 * files read in name order are sorted as a whole.
 */
public final class SortedRows implements Serializable {
  private final List<String> sortColumns;
  private final int shards;

  public SortedRows(Table table, int shards) {
    this.sortColumns = table.sortColumns();
    this.shards = table.rangeSharded() ? shards : 1;
  }

  public int shard(GenericRecord row) {
    if (shards == 1) {
      return 0;
    }
    String hex = String.valueOf(row.get(sortColumns.get(0)));
    long prefix = Long.parseLong(hex.substring(0, 8), 16); // 0 .. 2^32-1
    return (int) ((prefix * shards) >>> 32);
  }

  /** A string key whose natural order is the table's row order (numbers zero-padded, fields separated by NUL). */
  public String sortKey(GenericRecord row) {
    StringBuilder key = new StringBuilder();
    for (String column : sortColumns) {
      Object value = row.get(column);
      if (value instanceof Integer || value instanceof Long) {
        key.append(String.format("%020d", ((Number) value).longValue() - Long.MIN_VALUE / 2));
      } else {
        key.append(value);
      }
      key.append('\u0000');
    }
    return key.toString();
  }

  public static String fileName(int shard) {
    return String.format("part-%05d.parquet", shard);
  }
}
