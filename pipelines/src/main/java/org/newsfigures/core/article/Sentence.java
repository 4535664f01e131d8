package org.newsfigures.core.article;

/**
 * A sentence of an article.
 *
 * @param index 0-based position in the article
 * @param paragraph 0-based paragraph (non-blank line) the sentence belongs to
 * @param start start in the article text (UTF-16 index, inclusive)
 * @param end end in the article text (UTF-16 index, exclusive), trailing whitespace excluded
 * @param text the sentence
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {}
