package org.newsfigures.core.fx;

/**
 * One annual average rate.
 *
 * @param year calendar year the average covers
 * @param currency ISO 4217 code
 * @param cadPerUnit Canadian dollars per one unit of {@code currency}
 * @param usdPerUnit US dollars per one unit of {@code currency}
 * @param source where the rate comes from: {@code bank_of_canada} (published) or {@code ecb_derived}
 */
public record FxRate(int year, String currency, double cadPerUnit, double usdPerUnit, String source) {}
