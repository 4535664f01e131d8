package org.newsfigures.core.article;

import java.time.LocalDate;

/**
 * The dateline opening an article's body: "BEIJING (Reuters) -", "Ottawa, Jan. 12 (AP) —", "Canada, 12 January
 * 2026 -".
 *
 * @param place the place as written ("BEIJING", "Ottawa", "Canada")
 * @param date the date it names when it has a year, else null
 */
record Dateline(String place, LocalDate date) {}
