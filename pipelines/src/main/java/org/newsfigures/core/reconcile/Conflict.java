package org.newsfigures.core.reconcile;

import java.util.List;

/** One row of the conflicts table; columns as in schemas/conflicts.avsc. */
public record Conflict(
    String conflictId,
    String claimId,
    String conflictType,
    List<String> figureIds,
    List<String> articleIds,
    double severity,
    String explanation) {
  public Conflict {
    figureIds = List.copyOf(figureIds);
    articleIds = List.copyOf(articleIds);
  }
}
