package org.newsfigures.core.fx;

/**
 * An amount expressed in US and Canadian dollars.
 *
 * @param usd the amount in US dollars
 * @param cad the amount in Canadian dollars
 * @param fxYear the year whose annual average rates were used
 */
public record Conversion(double usd, double cad, int fxYear) {}
