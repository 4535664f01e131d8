package org.newsfigures.core.generate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.newsfigures.core.extract.FigureKind;

/**
 * Generates realistic trade-news articles with their gold figures. Each article is a headline and one-sentence
 * paragraphs: sentences stating figures in every surface form the extractor supports (with hedges, ranges, years,
 * the countries the figure is about), and sentences whose numbers are not figures (years, dates, ordinals,
 * clock times, identifiers) or that have no numbers at all.
 *
 * <p>Deterministic: the same seed gives the same articles, in the same order; nothing depends on the clock.
 */
public final class CorpusGenerator {
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December"};
  private static final String[] ORDINALS = {"third", "12th", "21st", "51st", "2nd", "103rd"};
  private static final String[] PRODUCTS = {"steel", "aluminum", "canola", "seafood", "electric vehicles"};
  private static final String[] COUNTED = {"diplomats", "companies", "ministers", "projects", "delegates"};
  private static final String[] PLAIN_SENTENCES = {
      "Analysts say the relationship remains complicated.",
      "Negotiators will meet again next month.",
      "Business groups welcomed the announcement but asked for details.",
      "The ministry did not respond to a request for comment.",
      "Critics argue the measures will raise prices for consumers.",
      "Leaders of the two countries spoke by phone on Tuesday.",
      "Trade fell sharply during the COVID-19 pandemic.",
      "The issue is expected to come up at the G7 summit."};

  private final SplittableRandom random;
  private int produced;

  public CorpusGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The next article; the n-th call always gives the same article for the same seed. */
  public GeneratedArticle next() {
    String file = String.format("%06d.txt", produced++);
    return new ArticleWriter(random.split(), new ArticleText(file)).write();
  }

  /** Writes one article from its own random stream. */
  private static final class ArticleWriter {
    private final SplittableRandom random;
    private final ArticleText article;
    private final FigurePhrases phrases;
    private final Country a;
    private final Country b;

    ArticleWriter(SplittableRandom random, ArticleText article) {
      this.random = random;
      this.article = article;
      this.phrases = new FigurePhrases(random);
      this.a = pick(Country.ALL);
      Country other = pick(Country.ALL);
      this.b = other.equals(a) ? Country.ALL.get((Country.ALL.indexOf(a) + 1) % Country.ALL.size()) : other;
    }

    GeneratedArticle write() {
      article.words(a.capitalizedName() + " and " + b.name() + " weigh new trade measures").paragraph();
      List<Consumer<ArticleText>> paragraphs = new ArrayList<>();
      int figureSentences = 6 + random.nextInt(5);
      for (int i = 0; i < figureSentences; i++) {
        paragraphs.add(figureSentence());
      }
      int otherSentences = 8 + random.nextInt(7);
      for (int i = 0; i < otherSentences; i++) {
        paragraphs.add(sentenceWithoutFigures());
      }
      Collections.shuffle(paragraphs, new Random(random.nextLong()));
      paragraphs.forEach(p -> p.accept(article));
      return article.build();
    }

    private Consumer<ArticleText> figureSentence() {
      int year = 2017 + random.nextInt(9);
      String first = a.code().compareTo(b.code()) < 0 ? a.code() : b.code();
      String second = first.equals(a.code()) ? b.code() : a.code();
      Hedge hedge = Hedge.any(random);
      return switch (random.nextInt(18)) {
        case 0 -> t -> t.words(cap(a.possessive()) + " exports to " + b.name() + " reached ")
            .figure(hedge, phrases.explicitMoney(), labels("exports", year)).words(" in " + year + ".").paragraph();
        case 1 -> t -> t.words(a.capitalizedName() + " imported ")
            .figure(hedge, phrases.explicitMoney(), labels("imports", year))
            .words(" worth of goods from " + b.name() + " in " + year + ".").paragraph();
        case 2 -> t -> t.words("Two-way trade between " + a.name() + " and " + b.name() + " totaled ")
            .figure(hedge, phrases.explicitMoney(), new GoldLabels("trade_total", first, second, year))
            .words(" in " + year + ".").paragraph();
        case 3 -> bareMoneyWithSource(hedge, year);
        case 4 -> t -> t.words("Analysts expect the deal to be worth between ")
            .figure(phrases.moneyRange(), GoldLabels.year(year)).words(" in " + year + ".").paragraph();
        case 5 -> t -> t.words(a.capitalizedName() + " imposed a ")
            .figure(phrases.percent(), labels("tariff_rate", year))
            .words(" tariff on " + b.demonym() + " " + pick(PRODUCTS) + " in " + year + ".").paragraph();
        case 6 -> t -> t.words(cap(a.possessive()) + " exports to " + b.name() + " fell ")
            .figure(hedge, phrases.percent(), labels("exports_change", year)).words(" in " + year + ".").paragraph();
        case 7 -> t -> t.words("Economists expect growth of ")
            .figure(phrases.percentRange(), GoldLabels.year(year)).words(" in " + year + ".").paragraph();
        case 8 -> t -> t.words("The central bank cut its key rate by ")
            .figure(phrases.percentagePoints(), GoldLabels.year(year)).words(" in " + year + ".").paragraph();
        case 9 -> t -> t.words("The closures left ").figure(hedge, phrases.count(), GoldLabels.year(year))
            .words(" workers without jobs in " + year + ".").paragraph();
        case 10 -> t -> t.words("Officials said ").figure(phrases.spelledCount(), GoldLabels.NONE)
            .words(" " + pick(COUNTED) + " had left " + b.capital() + ".").paragraph();
        case 11 -> t -> t.words("The " + a.demonym() + " prime minister began a ")
            .figure(phrases.visitLength(), new GoldLabels("visit_length", a.code(), b.code(), null))
            .words(" visit to " + b.name() + ".").paragraph();
        case 12 -> multiplier(year);
        case 13 -> t -> t.words(cap(a.possessive()) + " exports to " + b.name() + " fell ")
            .figure(phrases.percent(), labels("exports_change", year)).words(" to ")
            .figure(phrases.explicitMoney(), labels("exports", year)).words(" in " + year + ".").paragraph();
        case 14 -> t -> t.words("The tariff on " + b.demonym() + " " + pick(PRODUCTS) + " rose from ")
            .figure(phrases.percent(), GoldLabels.year(year)).words(" to ")
            .figure(phrases.percent(), GoldLabels.year(year)).words(" in " + year + ".").paragraph();
        case 15 -> conversion(hedge, year);
        case 16 -> t -> t.words("It was the first such visit in ")
            .figure(random.nextBoolean() ? Hedge.NEARLY : Hedge.NONE,
                new FigurePhrase("a decade", FigureKind.DURATION, 1, null, null), GoldLabels.NONE)
            .words(".").paragraph();
        default -> t -> t.words("The agreement between " + a.name() + " and " + b.name() + " will run for ")
            .figure(phrases.years(), GoldLabels.NONE).words(".").paragraph();
      };
    }

    /** "Canada aims to double its exports to China by 2030" or "a threefold increase in exports". */
    private Consumer<ArticleText> multiplier(int year) {
      FigurePhrase multiplier = phrases.multiplier();
      if (multiplier.text().endsWith("fold")) {
        return t -> t.words("Officials predicted a ").figure(multiplier, GoldLabels.year(year))
            .words(" increase in investment by " + year + ".").paragraph();
      }
      return t -> t.words(a.capitalizedName() + " aims to ").figure(multiplier, labels("trade_target", year))
          .words(" its exports to " + b.name() + " by " + year + ".").paragraph();
    }

    /** "C$118.7 billion (US $85.5 billion)": a stated conversion takes the first amount's hedge. */
    private Consumer<ArticleText> conversion(Hedge hedge, int year) {
      double usd = (100 + random.nextInt(9000)) / 10.0;
      double cad = Math.round(usd * 13.7) / 10.0;
      FigurePhrase first = new FigurePhrase("C$" + cad + " billion", FigureKind.MONEY, cad * 1e9, null, "CAD");
      FigurePhrase second = new FigurePhrase("US $" + usd + " billion", FigureKind.MONEY, usd * 1e9, null, "USD");
      GoldLabels labels = labels("exports", year);
      return t -> t.words(cap(a.possessive()) + " exports to " + b.name() + " reached ").figure(hedge, first, labels)
          .words(" (").figure(hedge.unwritten(), second, labels).words(") in " + year + ".").paragraph();
    }

    /** A bare $ or "dollars", with the data source that says which dollar in the same sentence. */
    private Consumer<ArticleText> bareMoneyWithSource(Hedge hedge, int year) {
      boolean statCan = random.nextBoolean();
      String source = statCan ? "According to Statistics Canada" : "According to China customs data";
      FigurePhrase money = phrases.bareMoney().withCurrency(statCan ? "CAD" : "USD");
      return t -> t.words(source + ", shipments to " + b.name() + " reached ")
          .figure(hedge, money, new GoldLabels("exports", null, b.code(), year)).words(" in " + year + ".").paragraph();
    }

    private Consumer<ArticleText> sentenceWithoutFigures() {
      int year = 1990 + random.nextInt(36);
      return switch (random.nextInt(11)) {
        case 0 -> t -> t.words("The talks were first proposed in " + year + ".").paragraph();
        case 1 -> t -> t.words("Officials met on " + pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year
            + ", in " + a.capital() + ".").paragraph();
        case 2 -> t -> t.words("It was the " + pick(ORDINALS) + " meeting of the joint trade committee.").paragraph();
        case 3 -> t -> t.words(a.capitalizedName() + " is the second-largest trading partner of " + b.name() + ".")
            .paragraph();
        case 4 -> t -> t.words(String.format("The briefing began at %02d:%02d local time.", 7 + random.nextInt(12),
            random.nextInt(60))).paragraph();
        case 5 -> t -> t.words("For details call 613-555-0" + (100 + random.nextInt(900)) + " or see pic.twitter.com/Xq"
            + random.nextInt(10_000) + ".").paragraph();
        case 6 -> t -> t.words("The home side won the match 3-1 on " + pick(MONTHS) + " " + (1 + random.nextInt(27))
            + ".").paragraph();
        case 7 -> t -> t.words("Talks are set for Jan. 19 to 21 in " + b.capital() + ".").paragraph();
        default -> t -> t.words(pick(PLAIN_SENTENCES)).paragraph();
      };
    }

    private GoldLabels labels(String metric, int year) {
      return new GoldLabels(metric, a.code(), b.code(), year);
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    private String pick(String[] items) {
      return items[random.nextInt(items.length)];
    }

    private static String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
