package org.newsfigures.core.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsfigures.core.analysis.Figure;

/**
 * Scores a run's figures and conflicts against labelled articles, by the rules of the labelled-articles format
 * (shared/eval/dev/README.md, "Scoring"):
 *
 * <ul>
 *   <li>A labelled figure is found when a figure of the same article overlaps its span; each figure is used once,
 *       labelled figures taking, in text order, the unused figure that overlaps them most.
 *   <li>Core figures are money and percent. Precision: the share of money/percent figures that overlap some labelled
 *       figure. Recall: labelled core figures found. Accuracy: found core figures whose kind, value (relative
 *       difference under 0.5%), currency (money) and qualifier match; percentage points may come out as their own
 *       kind, and 25 basis points equal 0.25 percentage points.
 *   <li>Attribution per field over found core figures: year, subject and counterpart equal (null equals null); a
 *       metric agrees when one label contains the other as whole words ({@code exports} in {@code
 *       canola_seed_exports}).
 *   <li>A planted conflict is found when one conflict row has its type and covers all its articles; a conflict row
 *       that covers no planted conflict's articles is unmatched; an agreement comes out as a conflict when a conflict
 *       row holds two or more of its figures.
 * </ul>
 */
public final class GoldScorer {
  /** Values within this relative difference agree. */
  static final double VALUE_TOLERANCE = 0.005;

  /** Where a labelled figure stands in its article, in code points. */
  private record Span(int start, int end) {
    boolean overlaps(Figure f) {
      return f.charStart() < end && start < f.charEnd();
    }

    int overlap(Figure f) {
      return Math.min(end, f.charEnd()) - Math.max(start, f.charStart());
    }
  }

  public GoldScore score(GoldSet gold, Map<String, String> texts, List<Figure> extracted,
      List<ReportedConflict> conflicts) {
    GoldScore.Builder score = new GoldScore.Builder();
    Map<String, List<Figure>> byFile = new TreeMap<>();
    extracted.forEach(f -> byFile.computeIfAbsent(f.sourceFile(), k -> new ArrayList<>()).add(f));
    Map<String, List<LabelledFigure>> goldByFile = new TreeMap<>();
    gold.figures().forEach(g -> goldByFile.computeIfAbsent(g.file(), k -> new ArrayList<>()).add(g));

    Map<LabelledFigure, Figure> found = new HashMap<>();
    for (Map.Entry<String, List<LabelledFigure>> article : goldByFile.entrySet()) {
      String file = article.getKey();
      String text = texts.get(file);
      if (text == null) {
        score.error("article not read", file, null, "no article text for " + file + " (not in --articles, or rejected)");
        continue;
      }
      List<Figure> candidates = byFile.getOrDefault(file, List.of());
      Set<Figure> used = new HashSet<>();
      List<Span> goldSpans = new ArrayList<>();
      for (LabelledFigure g : article.getValue()) {
        Span span = locate(text, g.text(), g.nth());
        if (span == null) {
          score.error("label not in text", file, null, "'" + g.text() + "' (occurrence " + g.nth() + ") is not in the article");
          continue;
        }
        goldSpans.add(span);
        Figure best = candidates.stream()
            .filter(f -> !used.contains(f) && span.overlaps(f))
            .max(Comparator.comparingInt(span::overlap).thenComparing(f -> -f.charStart()))
            .orElse(null);
        score.countGold(g);
        if (best == null) {
          if (g.core()) {
            score.error("missed", file, sentenceAround(text, span), describe(g));
          }
          continue;
        }
        used.add(best);
        found.put(g, best);
        score.countFound(g);
        if (g.core()) {
          compare(score, g, best);
        }
      }
      for (Figure f : candidates) {
        if (isCore(f)) {
          boolean overlapsGold = goldSpans.stream().anyMatch(s -> s.overlaps(f));
          score.countExtractedCore(overlapsGold);
          if (!overlapsGold) {
            score.error("spurious", file, f.sentence(), "'" + f.text() + "' " + f.kind() + " " + f.value());
          }
        }
      }
    }
    scoreClaims(score, gold.claims(), conflicts, byFile, texts);
    return score.build();
  }

  private static void compare(GoldScore.Builder score, LabelledFigure g, Figure f) {
    List<String> wrong = new ArrayList<>();
    if (!sameKind(g, f)) {
      wrong.add("kind " + f.kind() + " (gold " + g.kind() + ")");
    }
    if (!sameValue(g, f)) {
      wrong.add("value " + f.value() + " (gold " + g.value() + ")");
    }
    boolean currencyRight = !"money".equals(g.kind()) || Objects.equals(g.currency(), f.currency());
    if (!currencyRight) {
      wrong.add("currency " + f.currency() + " (gold " + g.currency() + "; " + f.currencyEvidence() + ")");
    }
    if (!Objects.equals(g.qualifier(), f.qualifier())) {
      wrong.add("qualifier " + f.qualifier() + " (gold " + g.qualifier() + ")");
    }
    score.countAccuracy(g, wrong.isEmpty(), currencyRight);
    if (!wrong.isEmpty()) {
      score.error("inaccurate", g.file(), f.sentence(), "'" + g.text() + "': " + String.join("; ", wrong));
    }
    field(score, "year", g, f, Objects.equals(g.year(), f.year()), f.year(), g.year());
    field(score, "subject", g, f, Objects.equals(g.subject(), f.subject()), f.subject(), g.subject());
    field(score, "counterpart", g, f, Objects.equals(g.counterpart(), f.counterpart()), f.counterpart(),
        g.counterpart());
    field(score, "metric", g, f, sameMetric(g.metric(), f.metric()), f.metric(), g.metric());
  }

  private static void field(GoldScore.Builder score, String name, LabelledFigure g, Figure f, boolean agreed,
      Object ours, Object gold) {
    score.countField(name, agreed);
    if (!agreed) {
      score.error(name, g.file(), f.sentence(), "'" + g.text() + "': " + ours + " (gold " + gold + ")");
    }
  }

  static boolean sameKind(LabelledFigure g, Figure f) {
    if (g.kind().equals(f.kind())) {
      return true;
    }
    boolean points = "percentage_point".equals(g.unit()) || "basis_point".equals(g.unit());
    return points && "percent".equals(g.kind()) && "percentage_points".equals(f.kind());
  }

  static boolean sameValue(LabelledFigure g, Figure f) {
    double expected = "basis_point".equals(g.unit()) && "percentage_points".equals(f.kind()) ? g.value() / 100 : g.value();
    return close(expected, f.value());
  }

  static boolean close(double expected, double actual) {
    if (expected == actual) {
      return true;
    }
    return Math.abs(expected - actual) / Math.max(Math.abs(expected), Math.abs(actual)) < VALUE_TOLERANCE;
  }

  /** Whether one snake_case label holds the other as a run of whole words; two nulls agree. */
  static boolean sameMetric(String gold, String ours) {
    if (gold == null || ours == null) {
      return gold == null && ours == null;
    }
    String a = "_" + gold + "_";
    String b = "_" + ours + "_";
    return a.contains(b) || b.contains(a);
  }

  private void scoreClaims(GoldScore.Builder score, List<PlantedClaim> claims, List<ReportedConflict> conflicts,
      Map<String, List<Figure>> byFile, Map<String, String> texts) {
    List<PlantedClaim> planted = claims.stream().filter(PlantedClaim::conflict).toList();
    for (PlantedClaim claim : planted) {
      boolean foundIt = conflicts.stream()
          .anyMatch(c -> c.type().equals(claim.conflictType()) && c.files().containsAll(claim.files()));
      score.countPlanted(foundIt);
      if (!foundIt) {
        score.error("conflict missed", String.join(" + ", claim.files()), claim.explanation(),
            claim.id() + " " + claim.conflictType() + " " + claim.metric());
      }
    }
    for (ReportedConflict c : conflicts) {
      boolean matches = planted.stream().anyMatch(p -> c.files().containsAll(p.files()));
      score.countConflictRow(matches);
      if (!matches) {
        score.error("conflict unmatched", String.join(" + ", c.files()), c.explanation(), c.type());
      }
    }
    Map<String, Figure> byId = new HashMap<>();
    byFile.values().forEach(list -> list.forEach(f -> byId.put(f.figureId(), f)));
    for (PlantedClaim agreement : claims.stream().filter(c -> !c.conflict()).toList()) {
      boolean reported = conflicts.stream().anyMatch(c -> heldFigures(agreement, c, byId, texts) >= 2);
      score.countAgreement(!reported);
      if (reported) {
        score.error("agreement reported as conflict", String.join(" + ", agreement.files()), agreement.explanation(),
            agreement.id());
      }
    }
  }

  /** How many of the claim's figures the conflict row holds. */
  private static int heldFigures(PlantedClaim claim, ReportedConflict conflict, Map<String, Figure> byId,
      Map<String, String> texts) {
    int held = 0;
    for (List<String> figure : claim.figures()) {
      String text = texts.get(figure.get(0));
      Span span = text == null ? null : locate(text, figure.get(1), 0);
      if (span != null && conflict.figureIds().stream().map(byId::get)
          .anyMatch(f -> f != null && f.sourceFile().equals(figure.get(0)) && span.overlaps(f))) {
        held++;
      }
    }
    return held;
  }

  /** The span of the {@code nth} occurrence of {@code needle}, in code points; null when there is none. */
  static Span locate(String text, String needle, int nth) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) {
        return null;
      }
    }
    int start = text.codePointCount(0, at);
    return new Span(start, start + needle.codePointCount(0, needle.length()));
  }

  /** The line holding the span, for the error list. */
  private static String sentenceAround(String text, Span span) {
    int at = text.offsetByCodePoints(0, span.start());
    int from = text.lastIndexOf('\n', at) + 1;
    int to = text.indexOf('\n', at);
    return text.substring(from, to < 0 ? text.length() : to).strip();
  }

  /** Money, percent and percentage points: the figures found that precision counts. */
  private static boolean isCore(Figure f) {
    return "money".equals(f.kind()) || "percent".equals(f.kind()) || "percentage_points".equals(f.kind());
  }

  private static String describe(LabelledFigure g) {
    return "'" + g.text() + "' " + g.kind() + " " + g.value() + (g.currency() == null ? "" : " " + g.currency());
  }
}
