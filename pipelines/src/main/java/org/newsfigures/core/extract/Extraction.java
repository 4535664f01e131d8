package org.newsfigures.core.extract;

import java.util.List;

/**
 * Everything the extractor reads in one text.
 *
 * @param figures the figures, in text order
 * @param bareUnits currency and percent units written without a number, in text order
 */
public record Extraction(List<FigureMention> figures, List<UnitMention> bareUnits) {
  public Extraction {
    figures = List.copyOf(figures);
    bareUnits = List.copyOf(bareUnits);
  }
}
