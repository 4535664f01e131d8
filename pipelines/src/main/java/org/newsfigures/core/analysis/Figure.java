package org.newsfigures.core.analysis;

import org.newsfigures.core.attribution.Attribution;

/**
 * One row of the figures table: a figure with everything the article says about it. Offsets are Unicode code
 * points into the article text (see schemas/figures.avsc for each column's meaning). Reconciliation reads the rows
 * back as these records.
 */
public record Figure(
    String figureId,
    String articleId,
    String sourceFile,
    int sentenceIndex,
    String sentence,
    int charStart,
    int charEnd,
    String text,
    String kind,
    double value,
    Double valueHigh,
    String unit,
    String currency,
    String currencyBasis,
    String currencyEvidence,
    String qualifier,
    String direction,
    Integer year,
    Double valueUsd,
    Double valueCad,
    Integer fxYear,
    String metric,
    String subject,
    String counterpart,
    String product,
    String attributionEvidence) {

  /** The same figure measuring what {@code a} says. */
  Figure withAttribution(Attribution a) {
    return new Figure(figureId, articleId, sourceFile, sentenceIndex, sentence, charStart, charEnd, text, kind, value,
        valueHigh, unit, currency, currencyBasis, currencyEvidence, qualifier, direction, year, valueUsd, valueCad,
        fxYear, a.metric(), a.subject(), a.counterpart(), a.product(), a.evidence());
  }

  /** The article as explanations name it ({@link SourceLabel}). */
  public String sourceLabel() {
    return SourceLabel.of(sourceFile);
  }
}
