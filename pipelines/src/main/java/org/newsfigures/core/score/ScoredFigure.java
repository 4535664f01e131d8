package org.newsfigures.core.score;

/**
 * A figures row as the scorer reads it back from a run's table: its file, span (code points of the article text),
 * the values scored and the sentence, for the error list.
 */
public record ScoredFigure(
    String figureId,
    String file,
    int charStart,
    int charEnd,
    String text,
    String kind,
    double value,
    Double valueHigh,
    String unit,
    String currency,
    String currencyEvidence,
    String qualifier,
    Integer year,
    String metric,
    String subject,
    String counterpart,
    String sentence) {

  public boolean core() {
    return "money".equals(kind) || "percent".equals(kind) || "percentage_points".equals(kind);
  }
}
