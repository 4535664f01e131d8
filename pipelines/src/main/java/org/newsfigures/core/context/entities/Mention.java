package org.newsfigures.core.context.entities;

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
}
