package org.newsfigures.core.reconcile;

import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.fx.Conversion;
import org.newsfigures.core.fx.FxTable;

/** Hand-built figures rows for reconciliation tests; money is converted with the shipped FX table. */
final class Figures {
  private static final FxTable FX = FxTable.fromReference();

  private Figures() {}

  static Figure money(String sourceFile, String sentence, String text, double value, String currency,
      String qualifier, Integer year, String metric, String subject, String counterpart) {
    Conversion c = FX.convert(value, currency, year).orElseThrow();
    return figure(sourceFile, sentence, text, "money", value, null, currency, qualifier, null, year,
        c.usd(), c.cad(), c.fxYear(), metric, subject, counterpart, null);
  }

  static Figure percent(String sourceFile, String sentence, String text, double value, String qualifier,
      String direction, Integer year, String metric, String subject, String counterpart, String product) {
    return figure(sourceFile, sentence, text, "percent", value, null, null, qualifier, direction, year,
        null, null, null, metric, subject, counterpart, product);
  }

  static Figure duration(String sourceFile, String sentence, String text, double value, String unit,
      Integer year, String metric, String subject, String counterpart) {
    return figure(sourceFile, sentence, text, "duration", value, unit, null, "exact", null, year,
        null, null, null, metric, subject, counterpart, null);
  }

  private static Figure figure(String sourceFile, String sentence, String text, String kind, double value,
      String unit, String currency, String qualifier, String direction, Integer year, Double usd, Double cad,
      Integer fxYear, String metric, String subject, String counterpart, String product) {
    String articleId = "a" + sourceFile.substring(0, 3);
    int start = sentence.indexOf(text);
    if (start < 0) {
      throw new IllegalArgumentException(text + " is not in: " + sentence);
    }
    return new Figure(articleId + "-" + start + "-" + text, articleId, sourceFile, 0, sentence, start,
        start + text.length(), text, kind, value, null, unit, currency, null, null, qualifier, direction, year, null,
        usd, cad, fxYear, metric, subject, counterpart, product, null);
  }
}
