package org.newsfigures.dev.conformance;

/**
 * One entity our extractor reports, in the spec's terms.
 *
 * @param start start index
 * @param end end index, inclusive like the spec's
 * @param text the span
 * @param value numeric value, null for a unit without a number
 * @param iso ISO 4217 code, null when the marker names none
 */
public record FoundEntity(int start, int end, String text, Double value, String iso) {}
