package org.newsfigures.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.article.Article;
import org.newsfigures.core.article.DatelineFinder;
import org.newsfigures.core.article.Sentence;
import org.newsfigures.core.attribution.Attribution;
import org.newsfigures.core.attribution.AttributionInput.TariffParties;
import org.newsfigures.core.attribution.AttributionInput;
import org.newsfigures.core.attribution.FigureAttributor;
import org.newsfigures.core.attribution.TariffMention;
import org.newsfigures.core.attribution.TariffMentionFinder;
import org.newsfigures.core.currency.ArticleEvidence;
import org.newsfigures.core.currency.CurrencyContext;
import org.newsfigures.core.currency.CurrencyResolution;
import org.newsfigures.core.currency.CurrencyResolver;
import org.newsfigures.core.currency.TextEvidence;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.extract.FigureKind;
import org.newsfigures.core.extract.FigureMention;
import org.newsfigures.core.fx.Conversion;
import org.newsfigures.core.fx.FxTable;
import org.newsfigures.core.reconcile.Tariff;
import org.newsfigures.core.reconcile.TariffRows;
import org.newsfigures.core.text.CodePointOffsets;
import org.newsfigures.core.time.YearResolver;

/**
 * Turns one parsed article into its figures rows: extraction per sentence, then the context each figure needs
 * (year, currency, USD and CAD values, what it measures), plus the tariffs it states without a rate. Immutable and
 * thread-safe; build once per worker.
 */
public record ArticleAnalyzer(
    FigureExtractor extractor,
    CurrencyResolver currencies,
    YearResolver years,
    FxTable fx,
    FigureAttributor attributor,
    TariffMentionFinder tariffMentions,
    TariffRows tariffRows) {

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

    ArticleEvidence evidence = currencies.articleEvidence(article.text(), article.title(), article.dateline());
    String home = attributor.home(article.text(), evidence.datelineCountry(),
        evidence.outletIsWire() ? null : evidence.outletCountry());
    Map<Integer, ParagraphCurrencies> paragraphs = new HashMap<>();
    CodePointOffsets offsets = CodePointOffsets.of(article.text());
    List<Figure> figures = new ArrayList<>();
    TariffParties lastTariff = null;
    int currentParagraph = -1;
    for (Sentence sentence : sentences) {
      if (sentence.paragraph() != currentParagraph) {
        currentParagraph = sentence.paragraph();
        // A roundup's later story opens with its own dateline ("HONG KONG - …"): told from there on.
        home = DatelineFinder.placeAtStart(sentence.text()).map(currencies::countryOfPlace).orElse(home);
      }
      List<FigureMention> own = mentions.get(sentence.index());
      Attribution sentenceTariff = null; // the latest tariff rate of this sentence
      int sentenceFirst = figures.size();
      TextEvidence sentenceEvidence = own.stream().anyMatch(m -> m.kind() == FigureKind.MONEY)
          ? currencies.textEvidence(sentence.text()) : TextEvidence.NONE;
      for (int i = 0; i < own.size(); i++) {
        FigureMention mention = own.get(i);
        CurrencyContext context = null;
        if (mention.kind() == FigureKind.MONEY) {
          ParagraphCurrencies paragraph = paragraphs.computeIfAbsent(sentence.paragraph(),
              p -> paragraphCurrencies(article, sentencesByParagraph.get(p), mentions));
          context = new CurrencyContext(sentenceEvidence, paragraph.evidence(),
              paragraph.explicitExcept(mention), convertedFrom(sentence.text(), i == 0 ? null : own.get(i - 1), mention),
              evidence);
        }
        // The figure's conversion in brackets is the figure again: the words after it are still the figure's own
        // ("1.2 billion Canadian dollars ($860 million) in loan guarantees").
        int after = i + 1 < own.size() && isConversion(sentence.text(), mention, own.get(i + 1)) ? i + 2 : i + 1;
        int next = after < own.size() ? own.get(after).start() : -1;
        // Joined to the figure right before it, when that one is the sentence's latest tariff rate.
        boolean coordinated = sentenceTariff != null && i > 0
            && attributor.isLevied(figures.get(figures.size() - 1).metric())
            && COORDINATED_GAP.matcher(sentence.text()).region(own.get(i - 1).end(), mention.start()).matches();
        figures.add(figure(article, sentence, mention, context, home, offsets, next, lastTariff,
            inherited(sentence, i == 0 ? null : own.get(i - 1), mention, figures),
            sentenceTariff, coordinated, referredBack(sentence, own, i, figures)));
        Figure added = figures.get(figures.size() - 1);
        if (attributor.isLevied(added.metric())) {
          sentenceTariff = new Attribution(added.metric(), added.subject(), added.counterpart(), added.product(), null);
          if (added.subject() != null && added.counterpart() != null) {
            lastTariff = new TariffParties(added.subject(), added.counterpart());
          }
        }
      }
      changesOfLevelsReached(sentence, own, figures.subList(sentenceFirst, figures.size()));
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
      CurrencyContext currencyContext,
      String home,
      CodePointOffsets offsets,
      int nextFigureStart,
      TariffParties lastTariff,
      Inherited inherited,
      Attribution sentenceTariff,
      boolean coordinated,
      Figure referred) {
    int start = sentence.start() + mention.start();
    int end = sentence.start() + mention.end();
    int charStart = offsets.at(start);
    int charEnd = offsets.at(end);
    YearResolver.Dated dated = inherited != null && inherited.sameYear()
        ? new YearResolver.Dated(inherited.from().year(), null)
        : years.dated(article.sentences(), sentence.index(), mention.start(), mention.end(), article.publishedDate());
    Integer year = dated.year();
    String periodUnit = inherited != null && inherited.sameYear() ? inherited.from().periodUnit()
        : dated.unit() == null ? null : dated.unit().label();

    // A conversion in brackets states the figure before it in another currency, a baseline ("to 25% from 32%") the
    // same measure at another time: what the figure before measures, and of whom.
    Attribution attribution = inherited != null
        ? inherited.attribution()
        : attributor.attribute(new AttributionInput(
            sentence.text(), mention.start(), mention.end(), mention.kind().label(),
            previousInParagraph(article, sentence), home, mention.direction() != null, nextFigureStart, lastTariff,
            () -> article.text().substring(0, sentence.start())))
            .withGoodsOf(sentenceTariff)
            .withPartiesOf(coordinated ? sentenceTariff : null)
            .withMetricOf(referred == null ? null : referred.metric(), referred == null ? null : referred.text());

    Optional<CurrencyResolution> currency = Optional.empty();
    Optional<Conversion> conversion = Optional.empty();
    if (mention.kind() == FigureKind.MONEY) {
      CurrencyResolution resolution = currencies.resolve(mention.currency(), currencyContext);
      currency = Optional.of(resolution);
      if (resolution.currency() != null) {
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
        periodUnit,
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

  /**
   * A paragraph's part of its money figures' currency context: what it says (read once) and its explicit currency
   * markers with the figures that carry them.
   */
  private record ParagraphCurrencies(TextEvidence evidence, Map<String, Integer> explicitCounts) {
    /** The explicit currencies of the paragraph's other money figures, each once, in order of first use. */
    List<String> explicitExcept(FigureMention self) {
      String own = self.currency().isExplicit() ? self.currency().currency() : null;
      return explicitCounts.entrySet().stream()
          .filter(e -> e.getValue() > (e.getKey().equals(own) ? 1 : 0))
          .map(Map.Entry::getKey)
          .toList();
    }
  }

  private ParagraphCurrencies paragraphCurrencies(
      Article article, List<Integer> paragraph, List<List<FigureMention>> mentions) {
    List<Sentence> sentences = article.sentences();
    String text = article.text().substring(
        sentences.get(paragraph.get(0)).start(), sentences.get(paragraph.get(paragraph.size() - 1)).end());
    Map<String, Integer> explicit = new LinkedHashMap<>();
    paragraph.stream()
        .flatMap(i -> mentions.get(i).stream())
        .filter(m -> m.kind() == FigureKind.MONEY && m.currency().isExplicit())
        .forEach(m -> explicit.merge(m.currency().currency(), 1, Integer::sum));
    return new ParagraphCurrencies(currencies.textEvidence(text), explicit);
  }

  /**
   * The explicit currency of the figure this one converts: the previous figure of the sentence, when this one stands
   * in brackets right after it ("C$4.9 billion ($3.58 billion)", "1.2 billion Canadian dollars (about $860 million)").
   */
  private static String convertedFrom(String sentence, FigureMention previous, FigureMention self) {
    return previous != null && isConversion(sentence, previous, self) && previous.currency().isExplicit()
        ? previous.currency().currency() : null;
  }

  /**
   * Whether {@code self} is the conversion of the money figure {@code previous}: in brackets right after it, or after
   * ", or" in a currency it names and {@code previous} does not ("$38.9 billion, according to Secex, or about R$194
   * billion at last year's average exchange rate").
   */
  private static boolean isConversion(String sentence, FigureMention previous, FigureMention self) {
    if (previous.kind() != FigureKind.MONEY || self.kind() != FigureKind.MONEY || previous.end() > self.start()) {
      return false;
    }
    return CONVERSION_GAP.matcher(sentence).region(previous.end(), self.start()).matches()
        || self.currency().isExplicit() && !self.currency().currency().equals(previous.currency().currency())
            && OR_CONVERSION_GAP.matcher(sentence).region(previous.end(), self.start()).matches();
  }

  /**
   * What a figure takes from a figure before it (its conversion, its baseline, the share it refers to, the tariff it
   * phases in), and why; {@code metric} is its own when it measures something else of the same parties, and
   * {@code sameYear} whether it is of that figure's year too (a share "of that total" is of the total's year).
   */
  private record Inherited(Figure from, String why, String metric, boolean sameYear) {
    Inherited(Figure from, String why) {
      this(from, why, from.metric(), false);
    }

    Inherited(Figure from, String why, String metric) {
      this(from, why, metric, false);
    }

    Attribution attribution() {
      return new Attribution(metric, from.subject(), from.counterpart(), from.product(),
          from.attributionEvidence() == null ? null : why + from.attributionEvidence());
    }
  }

  /**
   * What the figure takes from a figure before it, if it leans on one: the figure right before it when it is that
   * one's conversion, baseline or phase-out, else the share it refers to as "that share"; null when none.
   *
   * @param previous the sentence's figure right before this one, or null
   * @param before the article's figures so far, the last one being {@code previous} when there is one
   */
  private Inherited inherited(Sentence sentence, FigureMention previous, FigureMention mention, List<Figure> before) {
    if (previous != null) {
      Figure last = before.get(before.size() - 1);
      if (isConversion(sentence.text(), previous, mention)) {
        return new Inherited(last, "as the figure it converts: ");
      }
      if (isBaseline(sentence.text(), previous, mention)) {
        return new Inherited(last, "as the figure it is measured against: ");
      }
      if (isPhaseOut(sentence.text(), previous, mention, last)) {
        return new Inherited(last, "as the tariff it phases in: ", FigureAttributor.TARIFF_PHASE_OUT);
      }
      if (last.metric() != null && isChangeOf(sentence.text(), previous, mention)) {
        return new Inherited(last, "as the change of the figure before: ", attributor.changeOf(last.metric()));
      }
    }
    return referredShare(sentence, mention, before).map(f -> new Inherited(f, "as the share it refers to: "))
        .or(() -> referredTotal(sentence, mention, before)
            .map(f -> new Inherited(f, "as a share of the total it refers to: ", FigureAttributor.SHARE, true)))
        .orElse(null);
  }

  /** "of that total" right after a percent: it is a share of an amount already stated. */
  private static final Pattern OF_TOTAL =
      Pattern.compile("(?i)\\s+of\\s+(?:that|this|the)\\s+(?:total|sum|amount|figure)\\b");

  /**
   * The amount "of that total" refers to ("The US bought goods worth 63.4 billion Swiss francs … Pharmaceuticals
   * account for about 60% of that total"): the latest money figure before it in its sentence or the one before.
   */
  private static Optional<Figure> referredTotal(Sentence sentence, FigureMention mention, List<Figure> before) {
    if (mention.kind() != FigureKind.PERCENT
        || !OF_TOTAL.matcher(sentence.text()).region(mention.end(), sentence.text().length()).lookingAt()) {
      return Optional.empty();
    }
    for (int k = before.size() - 1; k >= 0 && before.get(k).sentenceIndex() >= sentence.index() - 1; k--) {
      if (before.get(k).kind().equals(FigureKind.MONEY.label())) {
        return Optional.of(before.get(k));
      }
    }
    return Optional.empty();
  }

  /** "those" or "that" opening a clause after the figure before: it stands for that figure's noun. */
  private static final Pattern THOSE = Pattern.compile(
      "(?i)(?:,\\s*|\\b(?:while|whereas|and|but)\\s+)(?:those|that)\\s+(?:to|from|of|in|with|for|at)\\b[^;]*");

  /**
   * The figure a clause opened by "those"/"that" refers back to ("Exports to China fell 1.9 percent to $130.2
   * billion, while those to the United States dropped 3.6 percent to $122.8 billion"): the latest figure before it in
   * its sentence of the same kind, a change or not as it is; null when none.
   */
  private static Figure referredBack(Sentence sentence, List<FigureMention> own, int i, List<Figure> before) {
    FigureMention mention = own.get(i);
    for (int j = i - 1; j >= 0; j--) {
      FigureMention candidate = own.get(j);
      if (candidate.kind() == mention.kind() && (candidate.direction() == null) == (mention.direction() == null)) {
        boolean refers = THOSE.matcher(sentence.text()).region(candidate.end(), mention.start()).find();
        return refers ? before.get(before.size() - (i - j)) : null;
      }
    }
    return null;
  }

  /** Between a change and the level it reaches: "2.1 pct lower at 748 yuan", "down 1.4 pct at $99.65". */
  private static final Pattern LEVEL_REACHED = Pattern.compile(
      "(?i)\\s+(?:(?:lower|higher|up|down)\\s+)?(?:at|to)\\s+(?:(?:about|around|roughly|nearly|almost|just|some)\\s+)?");

  /**
   * A change its words name no metric of, right before the level it reaches ("ended 2.1 pct lower at 748 yuan a
   * ton"), is the change of what that level measures, of the same parties and product.
   *
   * @param figures the sentence's figures, in the order of {@code own}; changed in place
   */
  private void changesOfLevelsReached(Sentence sentence, List<FigureMention> own, List<Figure> figures) {
    for (int i = 0; i + 1 < own.size(); i++) {
      Figure change = figures.get(i);
      Figure level = figures.get(i + 1);
      if (FigureAttributor.CHANGE.equals(change.metric()) && level.metric() != null && level.direction() == null
          && LEVEL_REACHED.matcher(sentence.text()).region(own.get(i).end(), own.get(i + 1).start()).matches()) {
        figures.set(i, change.withAttribution(new Attribution(attributor.changeOf(level.metric()), level.subject(),
            level.counterpart(), level.product(), "as the change of the level it reaches: "
                + Objects.requireNonNullElse(level.attributionEvidence(), "'" + level.text() + "'"))));
      }
    }
  }

  /**
   * Between a tariff rate and one joined to it by "and" with nothing of its own before it: "Ottawa's 100% duty on
   * Chinese-made electric vehicles and 25% levies on steel and aluminum" (the same government, on the same country).
   */
  private static final Pattern COORDINATED_GAP = Pattern.compile(
      "(?i)[^,;:\\d]{0,80}?\\s+and\\s+(?:(?:a|an)\\s+)?"
          + "(?:(?:about|around|roughly|nearly|almost|some|up to|as much as|more than)\\s+)?");

  /** Between a tariff rate and the period it is reached over: "to 40% over 10 years". */
  private static final Pattern PHASE_OUT_GAP = Pattern.compile("(?i)\\s+over\\s+(?:the\\s+next\\s+)?");

  /** Whether {@code self} is a duration right after "over" that follows the tariff rate {@code previous}. */
  private boolean isPhaseOut(String sentence, FigureMention previous, FigureMention self, Figure previousFigure) {
    return self.kind() == FigureKind.DURATION && attributor.isLevied(previousFigure.metric())
        && previous.end() <= self.start() && PHASE_OUT_GAP.matcher(sentence).region(previous.end(), self.start()).matches();
  }

  /** "that share" a few words before the figure: it refers back to a share already stated. */
  private static final Pattern SHARE_REFERENCE =
      Pattern.compile("(?i)\\b(?:that|this|the same|this same)\\s+share\\b[^.;:\\d]{0,40}$");

  /**
   * The share "that share" refers to ("… half of U.S. imports from Canada … , but that share jumped to about 90
   * percent"): the latest share figure before it in its sentence or the one before.
   */
  private Optional<Figure> referredShare(Sentence sentence, FigureMention mention, List<Figure> before) {
    if (!SHARE_REFERENCE.matcher(sentence.text()).region(0, mention.start()).find()) {
      return Optional.empty();
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      Figure f = before.get(k);
      if (f.sentenceIndex() < sentence.index() - 1) { // its own sentence or the one before
        break;
      }
      if (attributor.isShare(f.metric())) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code self} is the baseline the figure {@code previous} is measured against, of the same kind and right
   * after it: "slipped to 25% from 32%", "raised to 35.19%, from 14.4%", "$2.2 billion, up from less than $100
   * million".
   */
  private static boolean isBaseline(String sentence, FigureMention previous, FigureMention self) {
    return previous.kind() == self.kind() && previous.direction() == null && self.direction() == null
        && previous.end() <= self.start() && BASELINE_GAP.matcher(sentence).region(previous.end(), self.start()).matches();
  }

  /**
   * Between a figure and its baseline: "from" right after it, or after the rest of its clause and a comma (", up from",
   * "in August, from"), with no number between; a hedge may follow.
   */
  private static final Pattern BASELINE_GAP = Pattern.compile(
      "(?i)(?:[^\\d.;:]{0,100}?,\\s*|\\s+)(?:(?:up|down)\\s+)?from\\s+"
          + "(?:(?:less|more|fewer) than\\s+|(?:about|around|roughly|nearly|almost|just|some|over|under)\\s+)?");

  /** Hedges a figure's conversion or baseline may carry. */
  private static final String HEDGE =
      "(?:(?:less|more|fewer) than\\s+|(?:about|around|roughly|nearly|almost|just|some|over|under)\\s+)?";

  /** Between a figure and its conversion after "or": the rest of its clause, a comma, "or", perhaps a hedge. */
  private static final Pattern OR_CONVERSION_GAP = Pattern.compile("(?i)[^\\d;]{0,80}?,\\s*or\\s+" + HEDGE);

  /**
   * Between a level and its change stated after it: "$0.8 billion in 2025, a drop of 84 per cent", "£17.1bn in
   * 2024, …, but growing at 9 per cent a year", "£358bn last year, … and still 4 per cent below their 2018 level",
   * "$40 bln, down 9.2%".
   */
  private static final Pattern CHANGE_GAP = Pattern.compile(
      "(?i)[^;]{0,100}?(?:,\\s*|\\b(?:and|but)\\s+)(?:(?<words>an?\\s+(?:\\p{L}+\\s+)?\\p{L}+\\s+of"
          + "|(?:growing|rising|falling|shrinking|expanding|contracting|declining)\\s+(?:at|by)|down|up)\\s+"
          + "|(?:still|now)\\s+)?" + HEDGE);
  /** A change stated against an earlier level after the figure: "4 per cent below their 2018 level". */
  private static final Pattern AGAINST_LEVEL = Pattern.compile(
      "(?i)\\s+(?:below|above|under|over)\\s+(?:their|its|the|his|her|our)\\s+(?:\\d{4}\\s+)?(?:level|peak|high|low)s?\\b");

  /**
   * Whether {@code self}, a change, is the change of the level {@code previous} it follows: right after it as an
   * apposition ("a drop of 84 per cent", "down 9.2%"), or against an earlier level ("4 per cent below their 2018
   * level"), with no other figure between.
   */
  private static boolean isChangeOf(String sentence, FigureMention previous, FigureMention self) {
    if (self.direction() == null || previous.direction() != null || previous.end() > self.start()
        || self.kind() != FigureKind.PERCENT && self.kind() != FigureKind.PERCENTAGE_POINTS) {
      return false;
    }
    Matcher gap = CHANGE_GAP.matcher(sentence).region(previous.end(), self.start());
    // Without words of change between ("and still 4 per cent"), the words after must state the earlier level.
    return gap.matches() && (gap.group("words") != null
        || AGAINST_LEVEL.matcher(sentence).region(self.end(), sentence.length()).lookingAt());
  }

  /** Between a figure and its conversion: an opening bracket, perhaps a hedge or "or". */
  private static final Pattern CONVERSION_GAP = Pattern.compile(
      "\\s*[(\\[]\\s*(?:(?:or|about|around|roughly|approximately|approx\\.|some|nearly|almost|close to|equal to"
          + "|equivalent to|worth)\\s+)*");
}
