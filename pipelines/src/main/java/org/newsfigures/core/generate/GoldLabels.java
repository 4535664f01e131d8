package org.newsfigures.core.generate;

/** What a generated sentence says a figure is about; null where it does not say. */
record GoldLabels(String metric, String subject, String counterpart, Integer year) {
  static final GoldLabels NONE = new GoldLabels(null, null, null, null);

  static GoldLabels year(int year) {
    return new GoldLabels(null, null, null, year);
  }
}
