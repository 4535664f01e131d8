package org.newsfigures.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.avro.Schema;

/**
 * The output tables. Each one's columns are defined once, in schemas/&lt;table&gt;.avsc (shipped in the jar);
 * here only how its rows are ordered and split into files.
 */
public enum Table {
  ARTICLES(List.of("article_id"), true),
  FIGURES(List.of("article_id", "char_start", "char_end", "figure_id"), true),
  ENTITIES(List.of("article_id", "first_char_start", "entity_id"), true),
  EVENTS(List.of("article_id", "char_start", "event_id"), true),
  QUOTES(List.of("article_id", "char_start", "quote_id"), true),
  REJECTS(List.of("source_file"), false),
  CLAIMS(List.of("metric", "subject", "counterpart", "product", "year", "kind", "claim_id"), false),
  CONFLICTS(List.of("claim_id", "conflict_type", "conflict_id"), false),
  TARIFFS(List.of("imposer", "target", "product", "year", "tariff_id"), false),
  /** Written by the launcher, not the pipeline: see {@link RunsLog}. */
  RUNS(List.of("started_at", "run_id"), false);

  private final List<String> sortColumns;
  private final boolean rangeSharded;

  /**
   * @param sortColumns row order within and across the table's files
   * @param rangeSharded whether rows split into shards by ranges of the first sort column, a hex content hash (so
   *     the files, read in name order, are globally sorted); otherwise the table is written as one file
   */
  Table(List<String> sortColumns, boolean rangeSharded) {
    this.sortColumns = sortColumns;
    this.rangeSharded = rangeSharded;
  }

  public String tableName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public List<String> sortColumns() {
    return sortColumns;
  }

  public boolean rangeSharded() {
    return rangeSharded;
  }

  /** The table's Avro schema, parsed once from schemas/&lt;table&gt;.avsc on the classpath. */
  public Schema schema() {
    return Schemas.PARSED.computeIfAbsent(this, Table::parseSchema);
  }

  /** Parsed schemas, shared: a parsed Avro schema is not changed by its readers and writers. */
  private static final class Schemas {
    static final java.util.Map<Table, Schema> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
  }

  private Schema parseSchema() {
    String resource = "/schemas/" + tableName() + ".avsc";
    try (InputStream in = Table.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + resource);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
