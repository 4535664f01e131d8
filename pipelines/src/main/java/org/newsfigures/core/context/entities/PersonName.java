package org.newsfigures.core.context.entities;

/**
 * A span of text that names a person, before names are resolved to one canonical name.
 *
 * @param start UTF-16 index, inclusive
 * @param end UTF-16 index, exclusive
 * @param name the name as written, one word ("Anand") or several ("Anita Anand")
 */
record PersonName(int start, int end, String name) {
  boolean isFullName() {
    return name.indexOf(' ') > 0;
  }
}
