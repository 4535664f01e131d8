package org.newsfigures.core.extract;

/**
 * A currency or percent unit written without a number ("the dollar fell", "a small percent"). Not a
 * figure; the pipeline may use currency mentions as context for bare "$" figures.
 *
 * @param start UTF-16 start (inclusive)
 * @param end UTF-16 end (exclusive)
 * @param text the unit as written
 * @param kind MONEY or PERCENT
 * @param currency the currency form, for MONEY; else null
 */
public record UnitMention(int start, int end, String text, FigureKind kind, CurrencyMarker currency) {}
