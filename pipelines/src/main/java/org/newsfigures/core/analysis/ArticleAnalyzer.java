package org.newsfigures.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.attribution.Attribution;
import org.newsfigures.core.attribution.AttributionInput;
import org.newsfigures.core.attribution.FigureAttributor;
import org.newsfigures.core.attribution.TariffMention;
import org.newsfigures.core.attribution.TariffMentionFinder;
import org.newsfigures.core.currency.CurrencyBasis;
import org.newsfigures.core.currency.CurrencyContext;
import org.newsfigures.core.currency.CurrencyResolution;
import org.newsfigures.core.currency.CurrencyResolver;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.extract.FigureKind;
import org.newsfigures.core.extract.FigureMention;
import org.newsfigures.core.fx.Conversion;
import org.newsfigures.core.fx.FxTable;
import org.newsfigures.core.reconcile.Tariff;
import org.newsfigures.core.reconcile.TariffRows;
import org.newsfigures.core.time.YearResolver;

/**
 * Turns one parsed article into its figures rows: extraction per sentence, then the context each figure needs
 * (year, currency, USD and CAD values, what it measures), plus the tariffs it states without a rate. Immutable and
 * thread-safe; build once per worker.
 */
public final class ArticleAnalyzer {
  private final FigureExtractor extractor;
  private final CurrencyResolver currencies;
  private final YearResolver years;
  private final FxTable fx;
  private final FigureAttributor attributor;
  private final TariffMentionFinder tariffMentions;
  private final TariffRows tariffRows;

  public ArticleAnalyzer(
      FigureExtractor extractor,
      CurrencyResolver currencies,
      YearResolver years,
      FxTable fx,
      FigureAttributor attributor,
      TariffMentionFinder tariffMentions,
      TariffRows tariffRows) {
    this.extractor = extractor;
    this.currencies = currencies;
    this.years = years;
    this.fx = fx;
    this.attributor = attributor;
    this.tariffMentions = tariffMentions;
    this.tariffRows = tariffRows;
  }

  /** The analyzer over the reference data shipped in seeds/reference. */
  public static ArticleAnalyzer fromReference() {
    return new ArticleAnalyzer(
        FigureExtractor.fromReference(),
        CurrencyResolver.fromReference(),
        new YearResolver(),
        FxTable.fromReference(),
        FigureAttributor.fromReference(),
        TariffMentionFinder.fromReference(),
        TariffRows.fromReference());
  }

  /** Every figure of the article in text order, and the tariffs it states without a rate. */
  public ArticleAnalysis analyze(Article article) {
    List<Sentence> sentences = article.sentences();
    List<List<FigureMention>> mentions = sentences.stream().map(s -> extractor.extract(s.text())).toList();
    Map<Integer, List<Integer>> sentencesByParagraph =
        sentences.stream().collect(Collectors.groupingBy(Sentence::paragraph,
            Collectors.mapping(Sentence::index, Collectors.toList())));

    List<Figure> figures = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Integer> paragraph = sentencesByParagraph.get(sentence.paragraph());
      for (FigureMention mention : mentions.get(sentence.index())) {
        figures.add(figure(article, sentence, mention, paragraph, mentions));
      }
    }
    return new ArticleAnalysis(figures, statedTariffs(article));
  }

  private List<Tariff> statedTariffs(Article article) {
    List<Tariff> rows = new ArrayList<>();
    for (Sentence sentence : article.sentences()) {
      for (TariffMention mention : tariffMentions.find(sentence.text())) {
        int at = Math.max(0, sentence.text().indexOf(mention.evidence()));
        Integer year = years.resolve(article.sentences(), sentence.index(), at, at + mention.evidence().length(),
            article.publishedDate());
        rows.addAll(tariffRows.fromMention(mention, article.articleId(), article.sourceFile(), sentence.index(), year));
      }
    }
    return rows;
  }

  private Figure figure(
      Article article,
      Sentence sentence,
      FigureMention mention,
      List<Integer> paragraph,
      List<List<FigureMention>> mentions) {
    String text = article.text();
    int start = sentence.start() + mention.start();
    int end = sentence.start() + mention.end();
    int charStart = text.codePointCount(0, start);
    int charEnd = charStart + text.codePointCount(start, end);
    Integer year = years.resolve(
        article.sentences(), sentence.index(), mention.start(), mention.end(), article.publishedDate());

    Attribution attribution = attributor.attribute(new AttributionInput(
        sentence.text(), mention.start(), mention.end(), mention.kind().label(), previousInParagraph(article, sentence)));

    Optional<CurrencyResolution> currency = Optional.empty();
    Optional<Conversion> conversion = Optional.empty();
    if (mention.kind() == FigureKind.MONEY) {
      CurrencyResolution resolution =
          currencies.resolve(mention.currency(), currencyContext(article, sentence, mention, paragraph, mentions));
      currency = Optional.of(resolution);
      if (resolution.basis() != CurrencyBasis.UNKNOWN) {
        conversion = fx.convert(mention.value(), resolution.currency(), year);
      }
    }
    return new Figure(
        StableId.of(article.articleId(), charStart, charEnd, mention.text()),
        article.articleId(),
        article.sourceFile(),
        sentence.index(),
        sentence.text(),
        charStart,
        charEnd,
        mention.text(),
        mention.kind().label(),
        mention.value(),
        mention.valueHigh(),
        mention.unit(),
        currency.map(CurrencyResolution::currency).orElse(null),
        currency.map(c -> c.basis().label()).orElse(null),
        currency.map(CurrencyResolution::evidence).orElse(null),
        mention.qualifier().label(),
        mention.direction() == null ? null : mention.direction().label(),
        year,
        conversion.map(Conversion::usd).orElse(null),
        conversion.map(Conversion::cad).orElse(null),
        conversion.map(Conversion::fxYear).orElse(null),
        attribution.metric(),
        attribution.subject(),
        attribution.counterpart(),
        attribution.product(),
        attribution.evidence());
  }

  /** The sentence before, when it is in the same paragraph: attribution reads it for countries left implicit. */
  private static String previousInParagraph(Article article, Sentence sentence) {
    if (sentence.index() == 0) {
      return null;
    }
    Sentence previous = article.sentences().get(sentence.index() - 1);
    return previous.paragraph() == sentence.paragraph() ? previous.text() : null;
  }

  private static CurrencyContext currencyContext(
      Article article,
      Sentence sentence,
      FigureMention self,
      List<Integer> paragraph,
      List<List<FigureMention>> mentions) {
    List<Sentence> sentences = article.sentences();
    Sentence first = sentences.get(paragraph.get(0));
    Sentence last = sentences.get(paragraph.get(paragraph.size() - 1));
    List<String> explicit =
        paragraph.stream()
            .flatMap(i -> mentions.get(i).stream())
            .filter(m -> m != self && m.kind() == FigureKind.MONEY && m.currency().isExplicit())
            .map(m -> m.currency().currency())
            .toList();
    return new CurrencyContext(
        sentence.text(),
        article.text().substring(first.start(), last.end()),
        explicit,
        article.dateline(),
        article.text());
  }
}
