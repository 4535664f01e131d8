package org.newsfigures.core.reconcile;

import java.util.List;

/** One row of the claims table; columns as in schemas/claims.avsc. */
public record Claim(
    String claimId,
    String metric,
    String subject,
    String counterpart,
    String product,
    Integer year,
    String kind,
    int nFigures,
    int nArticles,
    String valueUnit,
    Double minValue,
    Double maxValue,
    Double minUsd,
    Double maxUsd,
    Double consensusValue,
    Double consensusUsd,
    String consensusRule,
    String status,
    List<String> figureIds,
    List<String> articleIds,
    List<String> notes) {
  public Claim {
    figureIds = List.copyOf(figureIds);
    articleIds = List.copyOf(articleIds);
    notes = List.copyOf(notes);
  }
}
