package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.attribution.MetricAttributor.MetricMatch;
import org.newsfigures.core.attribution.PartyAttributor.Parties;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Readings of a figure's countries (and, for a few, its metric) from what lies outside its own words: the article's
 * latest tariff, the flow the sentence tells, the clause a continuation hangs on, the first person of a quote, a
 * buyer telling a home country's sale. {@link FigureAttributor} asks each rule in turn; each names the words that
 * decided in the evidence it writes. Immutable and thread-safe.
 */
final class PartiesInContext {
  /** How far before a figure the goods of "a trade worth" may stand. */
  private static final int GOODS_BEFORE = 40;
  /** The family of revenue metrics (revenue, customs revenue, the cost of tariffs). */
  private static final String REVENUE_FAMILY = "revenue";

  private final MetricAttributor metrics;
  private final PartyAttributor parties;
  private final ProductMentions products;
  /** The vocabulary's exports metric, which a trade told as a purchase or a value is written as; empty without one. */
  private final Optional<Metric> exports;

  PartiesInContext(MetricAttributor metrics, PartyAttributor parties, ProductMentions products) {
    this.metrics = metrics;
    this.parties = parties;
    this.products = products;
    this.exports = metrics.vocabularyMetric(EXPORTS);
  }

  /**
   * A bare rate a country faces or pays, right after the verb ("Britain … faces just 10%", "Tesla … gets off with
   * 7.8%"): in an article that has stated a tariff, it is that tariff's rate for the payer.
   */
  static final Pattern PAYS_RATE = Pattern.compile("(?i)\\b(?:faces?|facing|faced|pays?|paying|paid|attracts?"
      + "|gets? off with|got off with)\\s+(?:(?:just|only|an extra|an additional|a|an|about|around|roughly|up to|as"
      + " much as)\\s+)?$");

  /**
   * The rate a country pays: levied on the first country the sentence names before the figure ("Britain, which is
   * negotiating … with Bern, faces just 10%": on Britain), by the country named in the words right after it ("faces a
   * 15% US tariff"), else by the article's latest tariff's imposer. A rate with no tariff word of its own is one only
   * in an article that has stated a tariff; its goods are then unknown.
   *
   * @param read the figure as its words read it
   */
  Optional<Attribution> paidRate(AttributionInput in, Attribution read) {
    boolean levied = metrics.isLevied(read.metric());
    Optional<String> metric = levied ? Optional.of(read.metric())
        : read.metric() != null || in.lastTariff() == null ? Optional.empty() : metrics.levied();
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    int wordsEnd = in.nextFigureStart() < 0 ? clause[1] : Math.min(clause[1], in.nextFigureStart());
    List<CountryMention> named = parties.countries().find(in.sentence());
    Optional<CountryMention> imposer = named.stream()
        .filter(c -> c.start() >= in.figureEnd() && c.end() <= wordsEnd && c.role() != CountryMention.Role.OBJECT)
        .findFirst();
    String imposerCode = imposer.map(CountryMention::code)
        .orElse(in.lastTariff() == null ? null : in.lastTariff().imposer());
    Optional<CountryMention> payer = named.stream()
        .filter(c -> c.end() <= in.figureStart() && !c.code().equals(imposerCode)).findFirst();
    if (metric.isEmpty() || imposerCode == null || payer.isEmpty()) {
      return Optional.empty();
    }
    String why = (levied ? "metric: a rate paid" : "metric: a rate paid under the article's tariff before")
        + imposer.map(c -> "; subject: '" + c.words() + "'").orElse("; subject: as the article's tariff before, "
            + imposerCode)
        + "; counterpart: '" + payer.get().words() + "' pays it"
        + (levied && read.product() != null ? "; product: '" + read.product() + "'" : "");
    return Optional.of(new Attribution(metric.get(), imposerCode, payer.get().code(), levied ? read.product() : null,
        why));
  }

  /** Goods, then an apposition that puts a value on their trade: "on Canadian canola seed, a trade worth US$4.9 billion". */
  static final Pattern TRADE_WORTH = Pattern.compile(
      "(?i),\\s*(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:trade|market|business|flow)\\s+(?:worth|valued at)\\s+"
          + "(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to)\\s+)?$");

  /**
   * The value of the trade in goods a clause names before the figure ("Beijing will cut tariffs on Canadian canola
   * seed, a trade worth US$4.9 billion"): the exports of the goods' origin to the country the clause names acting on
   * them, read as imports are (the origin from the goods' adjective, the importer from the clause) and told from the
   * seller's side; none when the clause does not name both.
   */
  Optional<Attribution> tradeOfGoods(AttributionInput in) {
    if (exports.isEmpty()) {
      return Optional.empty();
    }
    Parties read = parties.attribute(Metric.Roles.IMPORTER_ORIGIN,
        new AttributionInput(in.sentence(), in.figureStart(), in.figureEnd(), in.kind(), null, null, false,
            in.nextFigureStart(), null, null));
    if (read.subjectCode() == null || read.counterpartCode() == null) {
      return Optional.empty();
    }
    int apposition = in.sentence().lastIndexOf(',', in.figureStart());
    List<String> goods = products.find(in.sentence().substring(0, apposition),
        Math.max(0, apposition - GOODS_BEFORE));
    String product = goods.isEmpty() ? null : String.join("|", goods.stream().sorted().toList());
    return Optional.of(new Attribution(exports.get().name(), read.counterpartCode(), read.subjectCode(), product,
        "metric: the trade in the goods before it; subject: their origin, " + read.counterpartCode()
            + "; counterpart: the importer, " + read.subjectCode() + (product == null ? "" : "; product: '" + product + "'")));
  }

  /** Verbs of buying: a flow the buyer tells ("Mexico bought $1.3 billion of Canadian steel"). */
  private static final Set<String> PURCHASE_VERBS = Set.of("bought", "purchased", "buys");
  static final String EXPORTS = "exports";

  /**
   * Whether the figure is a purchase by a foreign buyer from the article's home country: the home's exports, as a
   * home paper (and a table of its trade) would count them.
   */
  boolean toldByTheBuyer(AttributionInput in, Optional<MetricMatch> match, Parties found) {
    return exports.isPresent() && match.isPresent()
        && PURCHASE_VERBS.contains(match.get().trigger().words().split("\\s+")[0].toLowerCase(Locale.ROOT))
        && in.home() != null && in.home().equals(found.counterpartCode()) && found.subjectCode() != null
        && !found.subjectCode().equals(in.home());
  }

  /** A conjunction of contrast before a clause that goes on with the same flow ("…, but shipments still slid"). */
  private static final Pattern CONTRAST_BEFORE = Pattern.compile("(?i)\\b(?:while|whereas|but)\\s*$");
  /** A conjunction of time before a participle clause ("…, after falling 5% in 2024"). */
  private static final Pattern TIME_BEFORE = Pattern.compile("(?i)\\b(?:after|before|since)\\s*$");
  private static final Pattern PARTICIPLE = Pattern.compile("\\p{Ll}+ing\\b");

  /**
   * A clause of contrast, or of time opening with a participle, whose own words name no country ("Mexico imported
   * $129.9 billion of goods from China in 2024, while exporting just $8.6 billion, a gap …"; "Aluminum exports to the
   * U.S. have held up better because American buyers …, but shipments still slid by a fifth") goes on with the
   * countries of the sentence's first clause: the figure is read as if it ended that clause.
   */
  Optional<AttributionInput> continuationOf(AttributionInput in) {
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    if (clause[0] == 0) {
      return Optional.empty();
    }
    boolean contrast = CONTRAST_BEFORE.matcher(in.sentence()).region(0, clause[0]).find();
    boolean participle = TIME_BEFORE.matcher(in.sentence()).region(0, clause[0]).find()
        && PARTICIPLE.matcher(in.sentence()).region(clause[0], in.figureStart()).lookingAt();
    if (!contrast && !participle) {
      return Optional.empty();
    }
    // Its own words, to the next comma: "while exporting just $1.1 billion to Japan" names its partner.
    int comma = in.sentence().indexOf(',', in.figureEnd());
    int phraseEnd = comma < 0 || comma > clause[1] ? clause[1] : comma;
    if (!parties.countries().find(in.sentence().substring(clause[0], phraseEnd)).isEmpty()) {
      return Optional.empty();
    }
    String first = in.sentence().substring(0, ClauseSplitter.ACTORS.around(in.sentence(), 0)[1]);
    if (parties.countries().find(first).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new AttributionInput(first, first.length(), first.length(), in.kind(), in.previousSentence(),
        in.home(), in.change(), -1, in.lastTariff(), in.earlierText()));
  }

  /** A conjunction bringing in a rate as the cause of what the sentence tells: "… fall 4.8% as 15% tariff bites". */
  private static final Pattern CAUSE_BEFORE_RATE =
      Pattern.compile("(?i)\\s(?:as|after|amid)\\s+(?:(?:a|an|the|new|higher|steep)\\s+)*$");

  /**
   * A rate brought in by "as", "after" or "amid" whose clause names no country ("Japan's exports to US fall 4.8% in
   * 2025 as 15% tariff bites") is levied by the buyer of the flow the sentence tells on its seller: the importer on
   * the exporter.
   */
  Optional<Attribution> rateOnAFlow(AttributionInput in, Attribution read) {
    Matcher cause = CAUSE_BEFORE_RATE.matcher(in.sentence()).region(0, in.figureStart());
    if (!cause.find()) {
      return Optional.empty();
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    if (!parties.countries().find(in.sentence().substring(cause.start(), clause[1])).isEmpty()) {
      return Optional.empty();
    }
    String flow = in.sentence().substring(0, cause.start());
    Optional<MetricMatch> told = metrics.attribute(flow, flow.length(), flow.length(), -1, "money", false);
    if (told.isEmpty() || !told.get().metric().family().equals(MetricAttributor.TRADE_FAMILY)) {
      return Optional.empty();
    }
    Parties seller = parties.attribute(told.get().metric().roles(), new AttributionInput(flow, flow.length(),
        flow.length(), "money", null, in.home(), false, -1, null, null));
    boolean exports = told.get().metric().roles() == Metric.Roles.REPORTER_PARTNER;
    String imposer = exports ? seller.counterpartCode() : seller.subjectCode();
    String target = exports ? seller.subjectCode() : seller.counterpartCode();
    if (imposer == null || target == null) {
      return Optional.empty();
    }
    return Optional.of(new Attribution(read.metric(), imposer, target, read.product(), "metric: '"
        + read.metric() + "'; subject and counterpart: the buyer and the seller of the "
        + told.get().metric().name() + " the sentence tells, " + imposer + " on " + target));
  }

  /** A verb of taking right before a share: "China took about two-thirds of the barley shipped overseas". */
  private static final Pattern TAKES_BEFORE = Pattern.compile(
      "(?i)\\b(?:took|takes|take|bought|buys|buy|purchased|received|receives|absorbed|absorbs)\\s+"
          + "(?:(?:about|around|roughly|nearly|almost|close to|more than|less than|over|some|just|well over)\\s+)?$");

  /**
   * A share a country takes ("China took about two-thirds of the barley shipped overseas in 2025") is of the seller's
   * exports: the taker, named before the verb, is the partner; the seller is the owner of the whole after "of"
   * ("of Canada's canola seed exports"), else the article's home.
   */
  Optional<Parties> takenShare(AttributionInput in, Parties read) {
    if (!TAKES_BEFORE.matcher(in.sentence()).region(0, in.figureStart()).find()) {
      return Optional.empty();
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    List<CountryMention> named = parties.countries().find(in.sentence()).stream()
        .filter(c -> c.start() >= clause[0] && c.end() <= clause[1]).toList();
    Optional<CountryMention> taker = named.stream().filter(c -> c.end() <= in.figureStart())
        .max(Comparator.comparingInt(CountryMention::end));
    if (taker.isEmpty()) {
      return Optional.empty();
    }
    Optional<CountryMention> owner = named.stream()
        .filter(c -> c.start() >= in.figureEnd() && c.role() == CountryMention.Role.OWNER).findFirst();
    String seller = owner.map(CountryMention::code).orElse(in.home());
    if (seller == null || seller.equals(taker.get().code())) {
      return Optional.empty();
    }
    return Optional.of(new Parties(owner, taker, null, null, null, null)
        .withHome(owner.isPresent() ? null : in.home(), "the seller, the article's home,"));
  }

  /** The first person of a quote: the speaker's country, which a home paper's quote is of ("our exports"). */
  private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:[Oo]ur|[Ww]e|us)\\b");

  /** Whether the figure's clause speaks in the first person and its subject, as read, is not the home country. */
  static boolean saidInTheFirstPerson(AttributionInput in, Parties found) {
    if (in.home() == null || in.home().equals(found.subjectCode())) {
      return false;
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    return FIRST_PERSON.matcher(in.sentence()).region(clause[0], clause[1]).find();
  }

  /** The tariff the article has told of, as the cause in a clause: "the tariff will shave 0.3 percentage point off". */
  private static final Pattern THE_TARIFF = Pattern.compile("(?i)\\bthe\\s+(?:tariffs?|duties|levy|levies|surtax)\\b");

  /**
   * Whether the figure is an effect on the target of the article's latest tariff that its clause blames on "the
   * tariff" and names no partner ("the tariff will shave 0.3 percentage point off Japan's real GDP growth"): the
   * partner is the government levying it.
   */
  static boolean causedByTheTariff(AttributionInput in, Parties found) {
    if (in.lastTariff() == null || found.counterpartCode() != null
        || !in.lastTariff().target().equals(found.subjectCode())) {
      return false;
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    return THE_TARIFF.matcher(in.sentence()).region(clause[0], clause[1]).find();
  }

  /** The words of levies: what raises the revenue of a government ("The tariffs are expected to raise …"). */
  private static final Pattern LEVY_WORDS = Pattern.compile("(?i)\\b(?:tariffs?|duties|duty|levies|levy|surtax)\\b");

  /**
   * Whether the figure is revenue its clause says levies raise, in a sentence that names no country ("The tariffs are
   * expected to raise 52 billion pesos in additional revenue"): the revenue of the government that levies the
   * article's latest tariff, not of a country the sentence before names.
   */
  boolean raisedByTariffs(AttributionInput in, Optional<MetricMatch> match) {
    if (in.lastTariff() == null || match.isEmpty() || !match.get().metric().family().equals(REVENUE_FAMILY)) {
      return false;
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    return LEVY_WORDS.matcher(in.sentence()).region(clause[0], clause[1]).find()
        && parties.countries().find(in.sentence()).isEmpty();
  }
}
