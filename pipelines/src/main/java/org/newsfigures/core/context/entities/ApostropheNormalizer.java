package org.newsfigures.core.context.entities;

/** Typographic apostrophes as straight ones, one UTF-16 unit for one, so offsets stay valid. */
final class ApostropheNormalizer {
  private ApostropheNormalizer() {}

  static String normalize(String text) {
    return text.replace('\u2019', '\'');
  }
}
