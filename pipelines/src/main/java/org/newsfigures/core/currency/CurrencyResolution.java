package org.newsfigures.core.currency;

/**
 * The currency of one money figure and why.
 *
 * @param currency ISO 4217 code
 * @param basis how it was decided
 * @param evidence short text naming what decided it ("symbol US$", "source: China customs data")
 */
public record CurrencyResolution(String currency, CurrencyBasis basis, String evidence) {}
