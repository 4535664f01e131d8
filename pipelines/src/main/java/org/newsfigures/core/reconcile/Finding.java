package org.newsfigures.core.reconcile;

import java.util.List;
import java.util.function.Supplier;
import org.newsfigures.core.analysis.Figure;

/**
 * The outcome of one check: a disagreement (conflictType set) or an agreement worth showing the analyst (a stated
 * conversion that matches the reference rate, parts that add up), which becomes a note on its claim.
 *
 * @param explainer writes the explanation when it is asked for: a widely disputed claim has many findings, of which
 *     only the most severe are spelled out
 */
record Finding(ClaimKey key, String conflictType, List<Figure> figures, double severity,
    Supplier<String> explainer) {

  Finding(ClaimKey key, String conflictType, List<Figure> figures, double severity, String explanation) {
    this(key, conflictType, figures, severity, () -> explanation);
  }

  static Finding agreement(ClaimKey key, List<Figure> figures, String note) {
    return new Finding(key, null, figures, 0, note);
  }

  String explanation() {
    return explainer.get();
  }

  boolean isConflict() {
    return conflictType != null;
  }
}
