package org.newsfigures.core.article;

import java.util.List;

/**
 * Finds the headline: the first header line that is not scraper boilerplate, a byline or a date stamp, provided
 * it reads like a headline (3 to 25 words, not ending like a sentence or a clause).
 *
 * <p>When that first real line is body text instead — some scrapes (seeds 000 and 004) begin straight with the
 * first paragraph — the title is null. Using the first sentence would hand the analyst a title the outlet never
 * wrote, and a later section heading is not the article's title either; null says honestly that the scrape has
 * none.
 */
record HeadlineFinder(BoilerplateLines boilerplate, BylineFinder bylines, PublishedDateFinder dates) {
  private static final int MIN_WORDS = 3;
  private static final int MAX_WORDS = 25;
  private static final String CLAUSE_ENDINGS = ".,;:";

  /** The headline with whitespace collapsed to single spaces, or null. */
  String find(List<Line> headerLines) {
    return headerLines.stream()
        .filter(line -> !boilerplate.isBoilerplate(line) && bylines.bylineOf(line) == null && !dates.isDateLine(line))
        .findFirst()
        .map(line -> Whitespace.collapse(line.text()))
        .filter(HeadlineFinder::readsLikeHeadline)
        .orElse(null);
  }

  private static boolean readsLikeHeadline(String text) {
    int words = text.split(" ").length;
    char last = text.charAt(text.length() - 1);
    return words >= MIN_WORDS && words <= MAX_WORDS && CLAUSE_ENDINGS.indexOf(last) < 0;
  }
}
