package org.newsfigures.core.generate;

/**
 * A figure a generated article states, as a careful reader would label it: the truth the extractor is scored
 * against. One line of the corpus's {@code gold.jsonl}.
 *
 * @param file the article's path relative to the corpus's articles folder (the figures table's source_file)
 * @param start start of {@code text} in the article, Unicode code points, inclusive
 * @param end end of {@code text}, Unicode code points, exclusive
 * @param text the figure as written: currency marker, number and scale word, hedge words excluded
 * @param kind money, percent, percentage_points, count, duration or multiplier
 * @param value value in the figure's own unit; the lower end of a range
 * @param valueHigh upper end of a range, else null
 * @param currency ISO 4217 code of money (stated, or inferable from a data source named in the sentence), else null
 * @param qualifier exact, approx, more_than, less_than, at_least or at_most
 * @param metric what the figure measures (metrics.csv), null when the sentence does not say
 * @param subject ISO 3166 alpha-2 of the country the figure is about, null when not stated
 * @param counterpart ISO 3166 alpha-2 of the other country, null when not stated
 * @param year reference year the sentence gives the figure, else null
 */
public record GoldFigure(
    String file,
    int start,
    int end,
    String text,
    String kind,
    double value,
    Double valueHigh,
    String currency,
    String qualifier,
    String metric,
    String subject,
    String counterpart,
    Integer year) {}
