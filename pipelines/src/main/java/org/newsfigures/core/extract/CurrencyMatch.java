package org.newsfigures.core.extract;

/**
 * A currency marker found next to a number.
 *
 * @param first index of the marker's first token
 * @param last index of the marker's last token
 * @param alias what the marker is
 * @param scale 1e6 for the finance shorthand "MUSD"/"MEUR" (millions of), else 1
 */
record CurrencyMatch(int first, int last, CurrencyAlias alias, double scale) {}
