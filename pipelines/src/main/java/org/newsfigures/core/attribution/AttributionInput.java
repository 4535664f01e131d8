package org.newsfigures.core.attribution;

import java.util.function.Supplier;

/**
 * One figure in its sentence.
 *
 * @param sentence the sentence stating the figure
 * @param figureStart start of the figure's text in {@code sentence}, UTF-16 index, inclusive
 * @param figureEnd end of the figure's text in {@code sentence}, UTF-16 index, exclusive
 * @param kind the figure's kind (money, percent, count, duration, multiplier, percentage_points)
 * @param previousSentence the sentence before, read when this one names no country; may be null
 * @param home ISO code of the article's home country (its dateline's, else its outlet's when the article names it):
 *     the party a sentence leaves implicit ("imports from Mexico rose"); may be null
 * @param change whether the figure is a change ("rose 4%", "down 9.2%")
 * @param nextFigureStart where the sentence's next figure starts, or -1: words nearer to it are its own
 * @param lastTariff imposer and target of the article's latest tariff rate before this figure, or null: a rate whose
 *     clause names no imposer continues that story ("… lifting the total levies to more than 45%")
 * @param earlierText the article's text before the sentence, made only when a rule asks for it (what "the bloc" or
 *     "the kingdom" stands for): a long article is not copied once per figure; null when unknown
 */
public record AttributionInput(
    String sentence,
    int figureStart,
    int figureEnd,
    String kind,
    String previousSentence,
    String home,
    boolean change,
    int nextFigureStart,
    TariffParties lastTariff,
    Supplier<String> earlierText) {
  /** Who levies a tariff rate on whom, as ISO codes. */
  public record TariffParties(String imposer, String target) {}

  public AttributionInput(String sentence, int figureStart, int figureEnd, String kind, String previousSentence,
      String home, boolean change, int nextFigureStart) {
    this(sentence, figureStart, figureEnd, kind, previousSentence, home, change, nextFigureStart, null, null);
  }

  /** A figure with no home country that is no change, alone in its sentence. */
  public AttributionInput(String sentence, int figureStart, int figureEnd, String kind, String previousSentence) {
    this(sentence, figureStart, figureEnd, kind, previousSentence, null, false, -1, null, null);
  }
}
