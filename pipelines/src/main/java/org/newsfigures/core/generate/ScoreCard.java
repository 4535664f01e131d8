package org.newsfigures.core.generate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.attribution.MetricVocabulary;

/**
 * Scores figures rows against the gold of the same articles. A found figure matches a gold one when span
 * ({@code char_start}, {@code char_end}) and kind are equal; precision is matched / found, recall matched / gold.
 * For matched figures it also counts how often each column agrees with the gold: value (and value_high), currency,
 * qualifier and year always; metric, subject and counterpart where the gold states them.
 */
public final class ScoreCard {
  private static final MetricVocabulary METRICS = MetricVocabulary.fromReference();
  private static final List<String> FIELDS =
      List.of("value", "currency", "qualifier", "year", "metric", "subject", "counterpart");

  /** How many compared figures agreed on one column. */
  public record Agreement(long agreed, long compared) {
    public double rate() {
      return compared == 0 ? Double.NaN : (double) agreed / compared;
    }
  }

  private final Map<String, long[]> byKind = new TreeMap<>(); // kind → {gold, found, matched}
  private final Map<String, long[]> fields = new LinkedHashMap<>();
  private final List<String> misses = new ArrayList<>();
  private final int missesKept;

  /** @param missesKept how many examples of wrong or missing figures to keep for the report */
  public ScoreCard(int missesKept) {
    this.missesKept = missesKept;
    FIELDS.forEach(f -> fields.put(f, new long[2]));
  }

  public void add(GeneratedArticle article, List<Figure> found) {
    Map<String, Figure> foundBySpan = new HashMap<>();
    for (Figure f : found) {
      foundBySpan.put(key(f.charStart(), f.charEnd(), f.kind()), f);
      counts(f.kind())[1]++;
    }
    for (GoldFigure g : article.figures()) {
      counts(g.kind())[0]++;
      Figure f = foundBySpan.remove(key(g.start(), g.end(), g.kind()));
      if (f == null) {
        miss("missed", article.file(), g.text(), g.kind());
        continue;
      }
      counts(g.kind())[2]++;
      boolean highAgrees = g.valueHigh() == null
          ? f.valueHigh() == null
          : f.valueHigh() != null && close(g.valueHigh(), f.valueHigh());
      compare("value", close(g.value(), f.value()) && highAgrees, g, f.value());
      if (g.kind().equals("money")) {
        compare("currency", Objects.equals(g.currency(), f.currency()), g, f.currency());
      }
      compare("qualifier", g.qualifier().equals(f.qualifier()), g, f.qualifier());
      compare("year", Objects.equals(g.year(), f.year()), g, f.year());
      compareStated("metric", g.metric(), f.metric(), g);
      // A symmetric pair (two-way trade) is told from either side: the generator writes it alphabetically, the
      // pipeline from the article's home.
      boolean turned = METRICS.symmetric(g.metric()) && Objects.equals(g.subject(), f.counterpart())
          && Objects.equals(g.counterpart(), f.subject());
      compareStated("subject", g.subject(), turned ? f.counterpart() : f.subject(), g);
      compareStated("counterpart", g.counterpart(), turned ? f.subject() : f.counterpart(), g);
    }
    foundBySpan.values().forEach(f -> miss("spurious", article.file(), f.text(), f.kind()));
  }

  public long gold() {
    return byKind.values().stream().mapToLong(c -> c[0]).sum();
  }

  public long found() {
    return byKind.values().stream().mapToLong(c -> c[1]).sum();
  }

  public long matched() {
    return byKind.values().stream().mapToLong(c -> c[2]).sum();
  }

  public double precision() {
    return (double) matched() / found();
  }

  public double recall() {
    return (double) matched() / gold();
  }

  /** Per kind: {gold, found, matched}. */
  public Map<String, long[]> byKind() {
    Map<String, long[]> copy = new TreeMap<>();
    byKind.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  public Map<String, Agreement> agreement() {
    Map<String, Agreement> result = new LinkedHashMap<>();
    fields.forEach((name, c) -> result.put(name, new Agreement(c[0], c[1])));
    return result;
  }

  /** Examples of missed, spurious and differing figures ("missed 000012.txt money 'US $4 billion'"). */
  public List<String> misses() {
    return List.copyOf(misses);
  }

  private long[] counts(String kind) {
    return byKind.computeIfAbsent(kind, k -> new long[3]);
  }

  private void compareStated(String field, String gold, String found, GoldFigure figure) {
    if (gold != null) {
      compare(field, gold.equals(found), figure, found);
    }
  }

  private void compare(String field, boolean agreed, GoldFigure gold, Object found) {
    long[] c = fields.get(field);
    c[1]++;
    if (agreed) {
      c[0]++;
    } else {
      miss(field + " differs (found " + found + ")", gold.file(), gold.text(), gold.kind());
    }
  }

  private void miss(String what, String file, String text, String kind) {
    if (misses.size() < missesKept) {
      misses.add(what + " " + file + " " + kind + " '" + text + "'");
    }
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }

  private static String key(int start, int end, String kind) {
    return start + ":" + end + ":" + kind;
  }
}
