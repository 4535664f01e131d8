package org.newsfigures.core.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Builds a generated article's text and records each figure's gold span as it is written. */
final class ArticleText {
  private final String file;
  private final StringBuilder text = new StringBuilder();
  private final List<GoldFigure> figures = new ArrayList<>();
  private int codePoints;

  ArticleText(String file) {
    this.file = file;
  }

  ArticleText words(String words) {
    text.append(words);
    codePoints += words.codePointCount(0, words.length());
    return this;
  }

  /** Writes {@code hedge} (if any) and the figure; the gold span is the figure alone. */
  ArticleText figure(Hedge hedge, FigurePhrase phrase, GoldLabels labels) {
    if (!hedge.words().isEmpty()) {
      words(hedge.words() + " ");
    }
    int start = codePoints;
    words(phrase.text());
    figures.add(new GoldFigure(file, start, codePoints, phrase.text(), phrase.kind().label(), phrase.value(),
        phrase.valueHigh(), phrase.currency(), hedge.qualifier().name().toLowerCase(Locale.ROOT), labels.metric(),
        labels.subject(), labels.counterpart(), labels.year()));
    return this;
  }

  ArticleText figure(FigurePhrase phrase, GoldLabels labels) {
    return figure(Hedge.NONE, phrase, labels);
  }

  /** Ends the paragraph. */
  ArticleText paragraph() {
    return words("\n");
  }

  GeneratedArticle build() {
    return new GeneratedArticle(file, text.toString(), figures);
  }
}
