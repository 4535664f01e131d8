package org.newsfigures.core.attribution;

/**
 * What a figure measures. Any part may be null: an unknown stays unknown.
 *
 * @param metric a metric of seeds/reference/metrics.csv
 * @param subject ISO 3166 alpha-2 code of the country the figure is about (the exporter, the imposer, …)
 * @param counterpart ISO code of the other country (the partner, the target)
 * @param product canonical products of products.csv, alphabetical and |-separated when one figure governs several
 *     ("aluminum|steel" for "a 25% tariff on steel and aluminum")
 * @param evidence the words that decided, e.g. "metric: 'two-way merchandise trade'; subject: 'Canada’s'"
 */
public record Attribution(String metric, String subject, String counterpart, String product, String evidence) {
  static final Attribution NONE = new Attribution(null, null, null, null, null);
}
