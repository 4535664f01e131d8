package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.attribution.TariffActions;
import org.newsfigures.core.attribution.TariffMention;

/**
 * Rows of the tariffs table: one per product a tariff covers (one row with a null product when none is named).
 * From a tariff_rate figure: imposer = subject, target = counterpart, rate = the figure's value. From a rate-less
 * statement ({@link org.newsfigures.core.attribution.TariffMentionFinder}): the same with a null rate, qualifier and
 * figure_id; the table keeps such rows so retaliation without a printed rate is not lost.
 */
public final class TariffRows {
  private final TariffActions actions;

  TariffRows(TariffActions actions) {
    this.actions = actions;
  }

  public static TariffRows fromReference() {
    return new TariffRows(TariffActions.fromReference());
  }

  List<Tariff> fromFigure(Figure f) {
    int at = Math.max(0, f.sentence().indexOf(f.text()));
    String status = actions.statusBefore(f.sentence(), at);
    return products(f.product()).stream()
        .map(product -> new Tariff(
            StableId.of("tariff", f.articleId(), f.figureId(), product),
            f.subject(), f.counterpart(), product, f.value(), f.qualifier(), f.year(), status,
            f.figureId(), f.articleId(), f.sourceFile(), f.sentence()))
        .toList();
  }

  /**
   * Rows for a rate-less statement found in sentence {@code sentenceIndex} of an article ({@code year}: its
   * reference year, if known). The sentence index is in the id: an article may repeat a paragraph word for word.
   */
  public List<Tariff> fromMention(TariffMention m, String articleId, String sourceFile, int sentenceIndex, Integer year) {
    List<String> covered = m.products().isEmpty() ? Collections.singletonList(null) : m.products();
    List<Tariff> rows = new ArrayList<>();
    for (String product : covered) {
      rows.add(new Tariff(
          StableId.of("tariff", articleId, sentenceIndex, m.evidence(), m.imposer(), m.target(), product),
          m.imposer(), m.target(), product, null, null, year, m.status(), null, articleId, sourceFile, m.evidence()));
    }
    return rows;
  }

  private static List<String> products(String joined) {
    return joined == null ? Collections.singletonList(null) : List.of(joined.split("\\|"));
  }
}
