package org.newsfigures.core.analysis;

import java.util.List;
import org.newsfigures.core.reconcile.Tariff;

/**
 * What one article yields on its own.
 *
 * @param figures its figures rows, in text order
 * @param statedTariffs tariffs it states without a rate (rows with a null rate; rated tariffs come from figures)
 */
public record ArticleAnalysis(List<Figure> figures, List<Tariff> statedTariffs) {
  public ArticleAnalysis {
    figures = List.copyOf(figures);
    statedTariffs = List.copyOf(statedTariffs);
  }
}
