package org.newsfigures.core.context;

import java.util.List;

/** One row of the entities table (schemas/entities.avsc): an entity an article names, with its mentions. */
public record EntityRow(
    String articleId,
    String entityId,
    String name,
    String type,
    String countryCode,
    int mentions,
    int firstCharStart,
    List<String> surfaceForms) {

  public EntityRow {
    surfaceForms = List.copyOf(surfaceForms);
  }
}
