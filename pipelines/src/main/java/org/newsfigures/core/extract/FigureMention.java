package org.newsfigures.core.extract;

/**
 * One figure found in a piece of text, before any article context is applied.
 *
 * @param start start of {@code text} in the string given to the extractor (UTF-16 index, inclusive)
 * @param end end of {@code text} (UTF-16 index, exclusive)
 * @param text smallest span holding currency marker, number and scale word; hedge words excluded
 * @param kind what the figure is
 * @param value value in the figure's own unit (118.7e9 for "US$118.7 billion", 75 for "75%"); lower end of a range
 * @param valueHigh upper end of a range, else null
 * @param unit duration unit (day, week, month, year, decade, hour, minute), else null
 * @param currency marker of a money figure, else null
 * @param qualifier hedge before the figure
 * @param direction stated direction of change, else null
 */
public record FigureMention(
    int start,
    int end,
    String text,
    FigureKind kind,
    double value,
    Double valueHigh,
    String unit,
    CurrencyMarker currency,
    Qualifier qualifier,
    Direction direction) {}
