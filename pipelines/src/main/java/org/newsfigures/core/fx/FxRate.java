package org.newsfigures.core.fx;

/**
 * One annual average rate.
 *
 * @param year calendar year the average covers
 * @param currency ISO 4217 code
 * @param cadPerUnit Canadian dollars per one unit of {@code currency}
 * @param status "published" when the source published it; anything else marks a value it did not
 */
public record FxRate(int year, String currency, double cadPerUnit, String status) {}
