package org.newsfigures.core.attribution;

/**
 * One figure in its sentence.
 *
 * @param sentence the sentence stating the figure
 * @param figureStart start of the figure's text in {@code sentence}, UTF-16 index, inclusive
 * @param figureEnd end of the figure's text in {@code sentence}, UTF-16 index, exclusive
 * @param kind the figure's kind (money, percent, count, duration, multiplier, percentage_points)
 * @param previousSentence the sentence before, read when this one names no country; may be null
 */
public record AttributionInput(String sentence, int figureStart, int figureEnd, String kind, String previousSentence) {}
