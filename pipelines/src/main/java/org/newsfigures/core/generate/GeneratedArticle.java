package org.newsfigures.core.generate;

import java.util.List;

/**
 * One generated article: its file name, its text ('\n' between paragraphs) and the figures it states, in text order.
 */
public record GeneratedArticle(String file, String text, List<GoldFigure> figures) {
  public GeneratedArticle {
    figures = List.copyOf(figures);
  }
}
