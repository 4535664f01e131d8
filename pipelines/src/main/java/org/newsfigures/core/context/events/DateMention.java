package org.newsfigures.core.context.events;

import java.time.LocalDate;

/**
 * A date expression in an article, resolved to the calendar dates it covers.
 *
 * @param start UTF-16 index in the article text, inclusive
 * @param end UTF-16 index, exclusive
 * @param text the expression as written ("Jan. 19 to 21", "last October", "Wednesday night")
 * @param first first day it covers
 * @param last last day it covers (equal to first for a single day)
 * @param stamp true for a publication stamp ("January 16, 2026 06:24 AM", "12 January 2026 -"), which dates the
 *     article, not anything in it
 */
public record DateMention(
    int start, int end, String text, LocalDate first, LocalDate last, DatePrecision precision, boolean stamp) {}
