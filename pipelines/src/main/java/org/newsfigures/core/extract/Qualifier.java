package org.newsfigures.core.extract;

/** The hedge stated before a figure ("about", "more than", "up to"). */
public enum Qualifier {
  EXACT, APPROX, MORE_THAN, LESS_THAN, AT_LEAST, AT_MOST;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
