package org.newsfigures.core.context.entities;

import org.newsfigures.core.analysis.StableId;

/**
 * A canonical entity: the same person, organization or place in every article.
 *
 * @param name canonical name ("Mark Carney", "United States", "Asia-Pacific Economic Cooperation")
 * @param countryCode ISO 3166-1 alpha-2 code for countries and cities, else null
 */
public record Entity(String name, EntityType type, String countryCode) {

  /** Depends only on type and canonical name, so every article gives the same entity the same id. */
  public String id() {
    return StableId.of(type.label(), name);
  }
}
