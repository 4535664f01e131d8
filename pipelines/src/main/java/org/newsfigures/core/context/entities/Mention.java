package org.newsfigures.core.context.entities;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * One place an article names an entity.
 *
 * @param start UTF-16 index in the article text, inclusive
 * @param end UTF-16 index, exclusive
 * @param surface the text as written, without title or possessive ("Carney" in "Prime Minister Carney’s")
 */
public record Mention(Entity entity, int start, int end, String surface) {

  public int length() {
    return end - start;
  }

  public boolean overlaps(Mention other) {
    return start < other.end && other.start < end;
  }

  /**
   * The mentions lying wholly within [from, to), found by binary search rather than by a pass over the article's
   * mentions, which made a per-date or per-quote lookup grow with the square of the article's length.
   *
   * @param inTextOrder disjoint mentions in text order, as {@link EntityRecognizer#recognize} gives them
   */
  public static List<Mention> within(List<Mention> inTextOrder, int from, int to) {
    int first = firstAtLeast(inTextOrder, Mention::start, from, 0);
    // Disjoint and in order, so the ends ascend too: the first mention ending past `to` ends the run.
    int last = firstAtLeast(inTextOrder, Mention::end, to + 1, first);
    return inTextOrder.subList(first, Math.max(first, last));
  }

  private static int firstAtLeast(List<Mention> mentions, ToIntFunction<Mention> key, int value, int low) {
    int high = mentions.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (key.applyAsInt(mentions.get(middle)) < value) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }
}
