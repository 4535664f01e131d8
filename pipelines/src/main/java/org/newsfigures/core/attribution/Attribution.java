package org.newsfigures.core.attribution;

import java.util.Objects;

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

  /** A country is never its own partner: rules that read the two sides apart may land on one country. */
  public Attribution {
    if (counterpart != null && counterpart.equals(subject)) {
      counterpart = null;
    }
  }

  /**
   * A tariff rate whose own words name no goods is on the goods of the rate before it in its sentence, levied by the
   * same country on the same one ("cut the duty on whisky from 150% to 75% … and to 40%").
   *
   * @param before the latest tariff rate before this figure in its sentence, or null
   */
  public Attribution withGoodsOf(Attribution before) {
    if (product != null || before == null || before.product() == null || !Objects.equals(metric, before.metric())
        || subject == null || !subject.equals(before.subject()) || !Objects.equals(counterpart, before.counterpart())) {
      return this;
    }
    String why = "product: as the rate before it, '" + before.product() + "'";
    return new Attribution(metric, subject, counterpart, before.product(), evidence == null ? why : evidence + "; " + why);
  }

  /**
   * A figure with no metric of its own, in a clause that refers back with "those" or "that" ("while those to the
   * United States dropped to $122.8 billion"), measures what the figure referred to does; its countries stay its own.
   *
   * @param referredMetric the metric of the figure referred to, or null
   * @param referredText that figure's text
   */
  public Attribution withMetricOf(String referredMetric, String referredText) {
    if (metric != null || referredMetric == null) {
      return this;
    }
    String why = "metric: as the figure 'those' refers to, '" + referredText + "'";
    return new Attribution(referredMetric, subject, counterpart, product, evidence == null ? why : why + "; " + evidence);
  }

  /**
   * A levied rate joined by "and" to the one before it, naming nothing of its own before it ("Ottawa's 100% duty on
   * Chinese-made vehicles and 25% levies on steel"), is levied by the same country on the same one; its goods stay
   * its own.
   *
   * @param before the rate before it in its sentence, or null
   */
  public Attribution withPartiesOf(Attribution before) {
    if (before == null || !Objects.equals(metric, before.metric()) || before.subject() == null
        || before.subject().equals(subject) && Objects.equals(before.counterpart(), counterpart)) {
      return this;
    }
    String why = "subject and counterpart: as the rate it is joined to, " + before.subject() + " on "
        + before.counterpart();
    return new Attribution(metric, before.subject(), before.counterpart(), product,
        evidence == null ? why : evidence + "; " + why);
  }
}
