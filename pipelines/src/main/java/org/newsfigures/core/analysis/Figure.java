package org.newsfigures.core.analysis;

import org.newsfigures.core.attribution.Attribution;
import org.newsfigures.core.time.PeriodUnit;

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
    String periodUnit,
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
        valueHigh, unit, currency, currencyBasis, currencyEvidence, qualifier, direction, year, periodUnit, valueUsd,
        valueCad, fxYear, a.metric(), a.subject(), a.counterpart(), a.product(), a.evidence());
  }

  /** Whether its words date it to part of a year (a month, a quarter …): such a figure joins no claim. */
  public boolean isOfPartOfYear() {
    return periodUnit != null && !periodUnit.equals(PeriodUnit.YEAR.label());
  }

  /** The article as explanations name it ({@link SourceLabel}). */
  public String sourceLabel() {
    return SourceLabel.of(sourceFile);
  }
}
