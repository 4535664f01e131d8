package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.analysis.StableId;

/**
 * Folds findings, as the checks produce them, into one conflict per claim and type (whatever articles disagree),
 * keeping only what the row shows: the figures and articles involved, the largest severity, how many findings, and
 * the few whose explanations are spelled out. A claim that n articles state differently is n(n-1)/2 findings; they
 * are compared, not kept. Agreements (notes for their claims) are kept as they are.
 */
final class ConflictMerger {
  /** Explanations a conflict spells out; past this many findings, the most severe ones and a count of the rest. */
  static final int EXPLAINED_FINDINGS = 3;
  /** The most severe findings kept for the explanation: more than explained, in case some explain alike. */
  private static final int KEPT_WORST = 2 * EXPLAINED_FINDINGS;

  /** Where a finding folds: its claim and type (the claim's id is a hash, made once per conflict, not per pair). */
  private record Slot(ClaimKey key, String type) {}

  private final Map<Slot, Merged> conflicts = new HashMap<>();
  private final List<Finding> agreements = new ArrayList<>();
  private ClaimKey lastKey;
  private String lastType;
  private Merged last;

  void add(Finding finding) {
    if (!finding.isConflict()) {
      agreements.add(finding);
      return;
    }
    Merged merged = slot(finding.key(), finding.conflictType());
    List<Figure> figures = finding.figures();
    merged.count(finding.severity(), figures.get(0));
    for (int i = 1; i < figures.size(); i++) {
      merged.involve(figures.get(i));
    }
    if (merged.keeps(finding.severity())) {
      merged.keep(finding);
    }
  }

  /**
   * Counts a conflict finding on two or three figures ({@code third} may be null) without making it: a widely
   * disputed claim has millions, and a {@link Finding} each was most of reconciliation's garbage. True when the
   * finding would be spelled out; the caller then makes it and hands it to {@link #keep}.
   */
  boolean count(ClaimKey key, String type, double severity, Figure first, Figure second, Figure third) {
    Merged merged = slot(key, type);
    merged.count(severity, first);
    merged.involve(second);
    if (third != null) {
      merged.involve(third);
    }
    return merged.keeps(severity);
  }

  /** Keeps the finding just {@link #count counted}, to spell it out. */
  void keep(Finding finding) {
    slot(finding.key(), finding.conflictType()).keep(finding);
  }

  /** The conflict a finding folds into. Findings come in runs of one claim and type: the lookup is skipped then. */
  private Merged slot(ClaimKey key, String type) {
    if (key != lastKey || !type.equals(lastType)) {
      lastKey = key;
      lastType = type;
      last = conflicts.computeIfAbsent(new Slot(key, type), slot -> new Merged(slot.key().claimId(), slot.type()));
    }
    return last;
  }

  /** The figures the conflicts of a type involve so far, by identity. */
  Set<Figure> involvedIn(String type) {
    Set<Figure> involved = Collections.newSetFromMap(new IdentityHashMap<>());
    conflicts.forEach((slot, merged) -> {
      if (slot.type().equals(type)) {
        involved.addAll(merged.figures);
      }
    });
    return involved;
  }

  List<Finding> agreements() {
    return agreements;
  }

  List<Conflict> conflicts() {
    return conflicts.values().stream()
        .map(Merged::conflict)
        .sorted(Comparator.comparing(Conflict::claimId).thenComparing(Conflict::conflictType)
            .thenComparing(Conflict::conflictId))
        .toList();
  }

  /** The findings of one type on one claim, folded. */
  private static final class Merged {
    private final String claimId;
    private final String type;
    // By identity: a figure is one object in its claim's readings, so no id is hashed per finding.
    private final Set<Figure> figures = Collections.newSetFromMap(new IdentityHashMap<>());
    private Figure lastFirst; // a claim's pairs come in runs with the same first figure
    private final List<Finding> first = new ArrayList<>(EXPLAINED_FINDINGS);
    private final List<Finding> worst = new ArrayList<>(KEPT_WORST + 1);
    private double severity;
    private int count;

    Merged(String claimId, String type) {
      this.claimId = claimId;
      this.type = type;
    }

    /** Counts a finding, which involves {@code first} and the figures then passed to {@link #involve}. */
    void count(double severity, Figure first) {
      count++;
      this.severity = Math.max(this.severity, severity);
      if (first != lastFirst) {
        figures.add(first);
        lastFirst = first;
      }
    }

    void involve(Figure figure) {
      figures.add(figure);
    }

    /** Whether a finding of this severity would be spelled out: one of the first, or among the most severe. */
    boolean keeps(double severity) {
      return first.size() < EXPLAINED_FINDINGS || worst.size() < KEPT_WORST
          || worst.get(KEPT_WORST - 1).severity() < severity;
    }

    void keep(Finding finding) {
      if (first.size() < EXPLAINED_FINDINGS) {
        first.add(finding);
      }
      // Most severe first; an equal severity goes after those already kept, as a stable sort would put it.
      int at = 0;
      while (at < worst.size() && worst.get(at).severity() >= finding.severity()) {
        at++;
      }
      if (at < KEPT_WORST) {
        worst.add(at, finding);
        if (worst.size() > KEPT_WORST) {
          worst.remove(KEPT_WORST);
        }
      }
    }

    Conflict conflict() {
      List<String> figureIds = figures.stream().map(Figure::figureId).distinct().sorted().toList();
      List<String> articleIds = figures.stream().map(Figure::articleId).distinct().sorted().toList();
      return new Conflict(StableId.of("conflict", claimId, type, String.join(",", figureIds)), claimId, type,
          figureIds, articleIds, severity, explanation());
    }

    /** The findings' explanations in order; past {@value #EXPLAINED_FINDINGS}, the most severe and a count. */
    private String explanation() {
      if (count <= EXPLAINED_FINDINGS) {
        return first.stream().map(Finding::explanation).distinct().collect(Collectors.joining(" "));
      }
      List<String> explained = worst.stream().map(Finding::explanation).distinct().limit(EXPLAINED_FINDINGS).toList();
      return String.join(" ", explained) + " " + (count - EXPLAINED_FINDINGS) + " more disagreements on this claim"
          + " are not spelled out (the most severe are above); figure_ids and article_ids list every one involved.";
    }
  }
}
