package org.newsfigures.core.currency;

/**
 * What a whole article says about the currency of its bare "$": worked out once per article by {@link
 * CurrencyResolver#articleEvidence}, then read for each of its money figures.
 *
 * @param declared the currency a note of the article declares for its figures ("All figures in Australian dollars
 *     unless stated"), or null
 * @param declaredBy the words of that note, or null
 * @param outlet the publisher named in a credit line ("Reuters", "The Globe and Mail"), or null
 * @param outletCountry ISO 3166 code of the outlet's home, or null
 * @param outletIsWire whether the outlet is an international wire service (its seat is not the story's home)
 * @param dateline the dateline place ("TORONTO"), or null
 * @param datelineCountry ISO 3166 code of the dateline place, or null
 */
public record ArticleEvidence(
    String declared,
    String declaredBy,
    String outlet,
    String outletCountry,
    boolean outletIsWire,
    String dateline,
    String datelineCountry) {}
