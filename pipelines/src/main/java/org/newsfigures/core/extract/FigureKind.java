package org.newsfigures.core.extract;

/** What a figure is. Values are written lower-case to the figures table. */
public enum FigureKind {
  MONEY, PERCENT, PERCENTAGE_POINTS, COUNT, DURATION, MULTIPLIER;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
