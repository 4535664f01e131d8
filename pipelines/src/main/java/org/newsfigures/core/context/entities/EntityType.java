package org.newsfigures.core.context.entities;

import java.util.Locale;

/** Kinds of named entity the entities table holds. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  CITY,
  REGION;

  /** The value written to the table's type column. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPlace() {
    return this == COUNTRY || this == CITY || this == REGION;
  }
}
