package org.newsfigures.core.reconcile;

import java.util.List;

/**
 * The outcome of one check: a disagreement (conflictType set) or an agreement worth showing the analyst (a stated
 * conversion that matches the reference rate, parts that add up), which becomes a note on its claim.
 */
record Finding(ClaimKey key, String conflictType, List<ClaimFigure> figures, double severity, String explanation) {
  static Finding agreement(ClaimKey key, List<ClaimFigure> figures, String note) {
    return new Finding(key, null, figures, 0, note);
  }

  boolean isConflict() {
    return conflictType != null;
  }
}
