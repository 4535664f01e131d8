package org.newsfigures.core.extract;

/** For figures that state a change ("fell 10.4 percent", "rose 3 per cent"). */
public enum Direction {
  INCREASE, DECREASE;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
