package org.newsfigures.core.attribution;

import java.util.List;
import java.util.Set;

/**
 * One row of seeds/reference/metrics.csv.
 *
 * @param name the label written to figures.metric
 * @param family metrics compared with each other in reconciliation
 * @param kinds figure kinds the metric applies to
 * @param roles how subject and counterpart are read
 * @param changeOf for a change metric, the level metric it changes; else null
 * @param parts metrics that add up to this one (exports and imports to two-way trade); empty for most
 * @param readsProduct whether a product is read for the figure
 * @param needsProduct whether a claim of it needs a product: a tariff rate is one claim per goods it falls on
 * @param needsYear whether a claim of it needs the figure's year (a flow), or may stand without (a rate in force)
 * @param label how explanations name the metric
 * @param triggers phrases that signal the metric
 */
public record Metric(
    String name,
    String family,
    Set<String> kinds,
    Roles roles,
    String changeOf,
    List<String> parts,
    boolean readsProduct,
    boolean needsProduct,
    boolean needsYear,
    String label,
    List<String> triggers) {

  /** How the countries of a sentence map to subject and counterpart. */
  public enum Roles {
    /** An unordered pair, written in alphabetical order of the ISO codes. */
    SYMMETRIC,
    /** Subject = whose trade or people it is ("Canadian exports"), counterpart = the partner ("to China"). */
    REPORTER_PARTNER,
    /**
     * Subject = the importer ("Mexico imported"), counterpart = where the goods come from: "from China", or the
     * adjective of the goods ("Chinese car imports").
     */
    IMPORTER_ORIGIN,
    /** Subject = the government acting ("Ottawa imposed"), counterpart = the one acted on ("from China"). */
    ACTOR_TARGET,
    /**
     * Subject = the country whose market or producers it is ("Canadian canola futures"); counterpart only a partner
     * the figure's own clause names ("steel shipped to Mexico sold at $950 a tonne"): a price has no other party.
     */
    MARKET,
    /**
     * Subject = the country whose producers sell ("Chinese brands"), counterpart = the market they sell in, named
     * after "of" or "in" ("took 20% of Mexican car sales", "a third of the lumber used in the United States").
     */
    SELLER_MARKET,
    /**
     * Subject = the country of the currency that moves ("The peso weakened"), counterpart = the country of the one it
     * moves against ("against the dollar").
     */
    CURRENCY_PAIR
  }
}
