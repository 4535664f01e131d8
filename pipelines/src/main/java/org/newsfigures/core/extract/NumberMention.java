package org.newsfigures.core.extract;

/**
 * A number as the number layer reads it, before deciding what it counts (years and ids included).
 *
 * @param start UTF-16 start (inclusive)
 * @param end UTF-16 end (exclusive)
 * @param text the number as written ("1.8 million", "twenty-five", "3/4")
 * @param value its value, scale words multiplied out
 */
public record NumberMention(int start, int end, String text, double value) {}
