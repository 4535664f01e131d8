package org.newsfigures.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.attribution.MetricAttributor.MetricMatch;
import org.newsfigures.core.attribution.PartyAttributor.Parties;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Says what a figure measures: its metric (seeds/reference/metrics.csv), subject and counterpart countries (ISO
 * 3166 alpha-2, by CountryGazetteer) and product (products.csv), with the words that decided. Immutable and
 * thread-safe; build it once with {@link #fromReference()}.
 *
 * <p>Rules: the metric is the nearest trigger of a metric that applies to the figure's kind ({@link
 * MetricAttributor}); a figure with no metric still gets the countries around it (read as reporter and partner) but
 * no product, and forms no claim. Subject and counterpart follow the metric's roles ({@link PartyAttributor});
 * symmetric metrics (two-way trade) are written from the home country's side. The product, for metrics that read one, is every product named between the figure and
 * the next number of its clause ("a 25% tariff on steel and aluminum" → "aluminum|steel"), else in the {@value
 * #PRODUCT_BEFORE} characters before the figure back to the previous number ("steel tariffs of 25%"); several are
 * written alphabetical and |-separated. A sentence that holds several (joined upstream) is cut to the figure's own,
 * the text before it serving as the previous sentence.
 */
public final class FigureAttributor {
  /** The metric of a change ("rose 4%") whose sentence names no metric: it matches any "…_change". */
  public static final String CHANGE = "change";
  /** The metric of a duration over which a tariff rate is reached ("to 40% over 10 years"). */
  public static final String TARIFF_PHASE_OUT = "tariff_phase_out";
  /** The family of trade flows (exports, imports). */
  private static final String TRADE_FAMILY = "trade";
  /** The family of revenue metrics (revenue, customs revenue, the cost of tariffs). */
  private static final String REVENUE_FAMILY = "revenue";
  /** The metric of a percent that is a share of a whole ("60% of its lithium", "60% of that total"). */
  public static final String SHARE = MetricAttributor.SHARE_OF_WHOLE;
  private static final Pattern NEXT_NUMBER = Pattern.compile("\\d");
  /** Trade nouns a product may modify. */
  private static final Pattern TRADE_NOUN = Pattern.compile("(?i)\\b(?:exports?|imports?|shipments|sales)\\b");
  /** Up to three lowercase words right before the trade noun; the first may open the sentence ("Barley shipments"). */
  private static final Pattern PRODUCT_MODIFIER =
      Pattern.compile("((?:(?<![\\s\\S])[A-Z][a-z-]+\\s+)?(?:\\b[a-z][a-z-]+\\s+){0,3})$");
  /**
   * Up to four lowercase words after "exports of", ending before a preposition or verb; an adjective of origin before
   * them is not the product ("imports of Chinese graphite anode material").
   */
  private static final Pattern PRODUCT_AFTER_OF = Pattern.compile(
      "\\s+of\\s+(?:\\p{Lu}[\\p{L}-]*\\s+)?((?:(?!(?:from|to|into|in|by|with|were|was|rose|fell|worth|totaled|totalled|reached)\\b)"
          + "[a-z][a-z-]+\\s*){1,4})(?=\\s|[,.;:]|$)");
  /** "worth of" and up to three lowercase words after a figure, ending before a preposition or verb. */
  private static final Pattern WORTH_OF = Pattern.compile(
      "\\s+worth\\s+of\\s+((?:(?!(?:from|to|into|in|by|with|were|was|last|this|a|an)\\b)[a-z][a-z-]+\\s*){1,3})"
          + "(?=\\s|[,.;:]|$)");
  /** Words that end the whole: prepositions, conjunctions, adverbs and the commonest verbs ("undergraduates come"). */
  private static final String WHOLE_ENDS = "from|to|into|in|by|with|for|at|on|and|or|as|that|which|who|still|now|also"
      + "|were|was|is|are|be|been|have|has|had|will|would|can|could|may|might|do|does|did|come|comes|came|go|goes"
      + "|went|get|gets|got|make|makes|made|hold|holds|held|remain|remains|remained|live|lives|lived|work|works"
      + "|worked|say|says|said|use|uses|used|own|owns|owned|take|takes|took|sell|sells|sold|buy|buys|bought";
  /**
   * The whole a share is of: up to three lowercase words after "of", past a determiner and a possessive ("of the
   * world's rare earths", "of last year's crop"), ending before one of {@link #WHOLE_ENDS} or punctuation.
   */
  private static final Pattern WHOLE = Pattern.compile(
      "\\s+(?:(?:the|its|their|our|his|her|a|an|all|this|that|these|those)\\s+)?(?:(?:\\p{L}+\\s+)?[\\p{L}.-]+['’]s\\s+)?"
          + "((?:(?!(?:" + WHOLE_ENDS + ")\\b)"
          + "[a-z][a-z-]+\\s*){1,3})(?=\\s|[,.;:]|$)");
  /** Words that modify a trade noun without naming a product ("total exports", "its exports"). */
  private static final Set<String> NOT_A_PRODUCT = Set.of("total", "overall", "goods", "merchandise", "its", "their",
      "our", "the", "a", "an", "annual", "monthly", "quarterly", "record", "and", "or", "of", "in", "to", "from", "all",
      "non-oil", "domestic", "foreign", "overseas", "global", "world", "bilateral", "two-way", "direct", "net",
      "gross", "real", "nominal", "key", "main", "major", "latest", "new", "first", "whose", "those", "which", "that",
      "these", "this", "also", "such", "other", "outbound", "inbound", "export", "import", "country's", "nation's",
      "with", "as", "for", "by", "on", "at", "while", "but", "were", "was", "is", "are", "had", "have", "has", "said",
      "combined", "recent", "shares", "share", "per", "cent", "percent", "than", "more", "less", "about", "just",
      "thousand", "million", "billion", "trillion", "bn", "mln", "bln", "against", "versus", "compared");
  private static final Set<String> CONJUNCTIONS = Set.of("and", "or");
  /** How far before a figure a product may stand and still be its product. */
  private static final int PRODUCT_BEFORE = 40;

  private final MetricAttributor metrics;
  private final PartyAttributor parties;
  private final ProductMentions products;

  FigureAttributor(MetricVocabulary vocabulary, CountryMentions countries, ProductMentions products) {
    this.metrics = new MetricAttributor(vocabulary);
    this.parties = new PartyAttributor(countries);
    this.products = products;
  }

  public static FigureAttributor fromReference() {
    return new FigureAttributor(
        MetricVocabulary.fromReference(), CountryMentions.fromReference(), ProductMentions.fromReference());
  }

  /**
   * The article's home country: its dateline's; else its outlet's, when the article names that country (a wire
   * agency's seat says nothing of a story it files from abroad); else the country it names most (first named on a
   * tie); null when it names none.
   */
  public String home(String articleText, String datelineCountry, String outletCountry) {
    if (datelineCountry != null) {
      return datelineCountry;
    }
    Map<String, Long> named = parties.countries().timesNamed(articleText);
    if (outletCountry != null && named.containsKey(outletCountry)) {
      return outletCountry;
    }
    return named.entrySet().stream()
        .max(Map.Entry.comparingByValue()) // on a tie, the first named
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  /** Whether the metric is something one country levies on another (a tariff rate): its roles are actor_target. */
  public boolean isLevied(String metric) {
    return metrics.isLevied(metric);
  }

  /** Whether the metric is a share of something: "that share" refers back to one. */
  public boolean isShare(String metric) {
    return MetricAttributor.isShare(metric);
  }

  /** The metric of a change of the level metric: its change metric (exports → exports_change), else "change". */
  public String changeOf(String level) {
    return metrics.changeOf(level).orElse(CHANGE);
  }

  public Attribution attribute(AttributionInput given) {
    AttributionInput in = ownSentence(given);
    if (in.kind().equals("money") && TRADE_WORTH.matcher(in.sentence()).region(0, in.figureStart()).find()) {
      Optional<Attribution> flow = tradeOfGoods(in);
      if (flow.isPresent()) {
        return flow.get();
      }
    }
    Optional<MetricMatch> match =
        metrics.attribute(in.sentence(), in.figureStart(), in.figureEnd(), in.nextFigureStart(), in.kind(), in.change());
    List<String> evidence = new ArrayList<>();
    // Without a metric the figure still concerns the countries around it; only a metric makes it a claim.
    Metric.Roles roles = match.map(m -> m.metric().roles()).orElse(Metric.Roles.REPORTER_PARTNER);
    Parties found = parties.attribute(roles, continuationOf(in).orElse(in));
    if (raisedByTariffs(in, match)) {
      found = new Parties(Optional.empty(), found.counterpart(), in.lastTariff().imposer(),
          "the government levying the article's tariffs,", found.counterpartCode(), found.counterpartEvidence());
    }
    if (roles != Metric.Roles.SYMMETRIC && saidInTheFirstPerson(in, found)) {
      // "If we can move even 10 per cent of our U.S. volumes to Mexico": the home's volumes, in the U.S. market.
      String other = found.subjectCode();
      boolean keepPartner = found.counterpartCode() != null && !found.counterpartCode().equals(in.home());
      found = new Parties(Optional.empty(), keepPartner ? found.counterpart() : Optional.empty(), in.home(),
          "'our', the article's home,", keepPartner ? found.counterpartCode() : other,
          keepPartner && found.counterpart().isPresent() ? null : "the country the figure's words name,");
    }
    // A share of someone's exports or of a whole, not of a market ("took 15% of Australian car sales" is a seller's).
    if (match.filter(m -> MetricAttributor.isShare(m.metric().name())
        && m.metric().roles() == Metric.Roles.REPORTER_PARTNER).isPresent()) {
      found = takenShare(in, found).orElse(found);
    }
    if (causedByTheTariff(in, found)) {
      found = new Parties(found.subject(), Optional.empty(), found.implicitSubject(), found.subjectEvidence(),
          in.lastTariff().imposer(), "the government levying the tariff it blames,");
    }
    // "Mexico bought $1.3 billion of Canadian steel" in a Canadian paper: Canada's exports to Mexico.
    boolean toldByBuyer = toldByTheBuyer(in, match, found);
    if (toldByBuyer) {
      found = new Parties(Optional.empty(), Optional.empty(), in.home(), "the article's home, which sold,",
          found.subjectCode(), "the buyer,");
    }
    String metricName = toldByBuyer ? EXPORTS : match.map(m -> m.metric().name()).orElse(in.change() ? CHANGE : null);
    match.ifPresentOrElse(m -> evidence.add("metric: '" + m.trigger().words() + "'"
            + (toldByBuyer ? ", told from the side of the home, which sold" : "")),
        () -> { if (metricName != null) { evidence.add("metric: a change of something unnamed"); } });
    List<String> named = match.filter(m -> m.metric().readsProduct()).isPresent()
        ? productsOf(in, match.get().trigger()) : List.of();
    found.subject().ifPresent(m -> evidence.add("subject: '" + m.words() + "'"));
    found.counterpart().ifPresent(m -> evidence.add("counterpart: '" + m.words() + "'"));
    if (found.subject().isEmpty() && found.subjectCode() != null) {
      evidence.add("subject: " + found.subjectEvidence() + " " + found.subjectCode());
    }
    if (found.counterpart().isEmpty() && found.counterpartCode() != null) {
      evidence.add("counterpart: " + found.counterpartEvidence() + " " + found.counterpartCode());
    }
    if (!named.isEmpty()) {
      evidence.add("product: '" + String.join("', '", named) + "'");
    }
    Attribution read = new Attribution(
        metricName,
        found.subjectCode(),
        found.counterpartCode(),
        named.isEmpty() ? null : String.join("|", named.stream().sorted().toList()),
        evidence.isEmpty() ? null : String.join("; ", evidence));
    boolean paid = in.kind().equals("percent") && PAYS_RATE.matcher(in.sentence()).region(0, in.figureStart()).find();
    if (paid) {
      return paidRate(in, read).orElse(read);
    }
    return metrics.isLevied(read.metric()) ? rateOnAFlow(in, read).orElse(read) : read;
  }

  /**
   * A bare rate a country faces or pays, right after the verb ("Britain … faces just 10%", "Tesla … gets off with
   * 7.8%"): in an article that has stated a tariff, it is that tariff's rate for the payer.
   */
  private static final Pattern PAYS_RATE = Pattern.compile("(?i)\\b(?:faces?|facing|faced|pays?|paying|paid|attracts?"
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
  private Optional<Attribution> paidRate(AttributionInput in, Attribution read) {
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
  private static final Pattern TRADE_WORTH = Pattern.compile(
      "(?i),\\s*(?:a|an)\\s+(?:\\p{L}+\\s+)?(?:trade|market|business|flow)\\s+(?:worth|valued at)\\s+"
          + "(?:(?:about|around|roughly|nearly|almost|some|more than|over|up to)\\s+)?$");

  /**
   * The value of the trade in goods a clause names before the figure ("Beijing will cut tariffs on Canadian canola
   * seed, a trade worth US$4.9 billion"): the exports of the goods' origin to the country the clause names acting on
   * them, read as imports are (the origin from the goods' adjective, the importer from the clause) and told from the
   * seller's side; none when the clause does not name both.
   */
  private Optional<Attribution> tradeOfGoods(AttributionInput in) {
    Optional<Metric> exports = metrics.vocabularyMetric("exports");
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
        Math.max(0, apposition - PRODUCT_BEFORE));
    String product = goods.isEmpty() ? null : String.join("|", goods.stream().sorted().toList());
    return Optional.of(new Attribution(exports.get().name(), read.counterpartCode(), read.subjectCode(), product,
        "metric: the trade in the goods before it; subject: their origin, " + read.counterpartCode()
            + "; counterpart: the importer, " + read.subjectCode() + (product == null ? "" : "; product: '" + product + "'")));
  }

  /** Verbs of buying: a flow the buyer tells ("Mexico bought $1.3 billion of Canadian steel"). */
  private static final Set<String> PURCHASE_VERBS = Set.of("bought", "purchased", "buys");
  private static final String EXPORTS = "exports";

  /**
   * Whether the figure is a purchase by a foreign buyer from the article's home country: the home's exports, as a
   * home paper (and a table of its trade) would count them.
   */
  private boolean toldByTheBuyer(AttributionInput in, Optional<MetricMatch> match, Parties found) {
    return metrics.vocabularyMetric(EXPORTS).isPresent() && match.isPresent()
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
  private Optional<AttributionInput> continuationOf(AttributionInput in) {
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
  private Optional<Attribution> rateOnAFlow(AttributionInput in, Attribution read) {
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
    if (told.isEmpty() || !told.get().metric().family().equals(TRADE_FAMILY)) {
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
  private Optional<Parties> takenShare(AttributionInput in, Parties read) {
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
  private static boolean saidInTheFirstPerson(AttributionInput in, Parties found) {
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
  private static boolean causedByTheTariff(AttributionInput in, Parties found) {
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
  private boolean raisedByTariffs(AttributionInput in, Optional<MetricMatch> match) {
    if (in.lastTariff() == null || match.isEmpty() || !match.get().metric().family().equals(REVENUE_FAMILY)) {
      return false;
    }
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    return LEVY_WORDS.matcher(in.sentence()).region(clause[0], clause[1]).find()
        && parties.countries().find(in.sentence()).isEmpty();
  }

  /**
   * The figure's own sentence when the given one holds several (an upstream splitter may join them), offsets
   * shifted; the text before it becomes the previous sentence.
   */
  private static AttributionInput ownSentence(AttributionInput in) {
    int[] own = ClauseSplitter.sentenceAround(in.sentence(), in.figureStart());
    if (own[0] == 0 && own[1] == in.sentence().length()) {
      return in;
    }
    String before = in.sentence().substring(0, own[0]).strip();
    return new AttributionInput(
        in.sentence().substring(own[0], own[1]),
        in.figureStart() - own[0],
        in.figureEnd() - own[0],
        in.kind(),
        before.isEmpty() ? in.previousSentence() : before,
        in.home(),
        in.change(),
        in.nextFigureStart() < 0 || in.nextFigureStart() >= own[1] ? -1 : in.nextFigureStart() - own[0],
        in.lastTariff(),
        in.earlierText() == null ? null : in.earlierText() + in.sentence().substring(0, own[0]));
  }

  /**
   * The products the figure's words name; when its clause names none, the product the previous sentence opens with
   * ("Iron ore remains the giant of the relationship. Shipments to China were worth $124.1 billion in 2024."; "Wine has
   * followed a similar path. Exports to China were worth $1.1 billion in 2025, …, the year before Beijing removed
   * tariffs on Australian bottled wine.").
   */
  private List<String> productsOf(AttributionInput in, PhraseMatch<Metric> trigger) {
    List<String> named = productsNamed(in, trigger);
    int[] clause = ClauseSplitter.ACTORS.around(in.sentence(), in.figureStart());
    if (!named.isEmpty() || !products.find(in.sentence().substring(clause[0], clause[1])).isEmpty()) {
      return named;
    }
    return products.opening(in.previousSentence()).map(List::of).orElse(List.of());
  }

  private List<String> productsNamed(AttributionInput in, PhraseMatch<Metric> trigger) {
    // A share's product is the whole after its "of": a product before the figure is the part ("Fish accounts for 12%
    // of that total").
    boolean share = trigger.value().name().equals(MetricAttributor.SHARE_OF_WHOLE);
    Optional<int[]> modifier = share ? Optional.empty() : tradeNounModifier(in, trigger);
    // Known goods that modify the figure's own trade noun are its goods, whatever the clause names after the figure
    // ("seafood exports reached $9 billion, with shrimp the largest share"); a name the modifier cuts into is not read
    // from its tail (the "oil" of "crude palm oil exports" is no crude oil).
    List<String> own = modifier
        .map(m -> products.find(in.sentence().substring(0, m[1]), m[0]))
        .orElse(List.of());
    if (!own.isEmpty()) {
      return own;
    }
    List<String> known = knownProductsOf(in, !share);
    if (!known.isEmpty()) {
      return known;
    }
    if (share) {
      Matcher whole = WHOLE.matcher(in.sentence()).region(trigger.end(), in.sentence().length());
      return whole.lookingAt() ? named(whole.group(1)) : List.of();
    }
    // A product products.csv does not know, named as what the figure is worth of ("sold $1.6 billion worth of
    // barley to China"), or as the trade noun's modifier ("canola seed exports", "chip shipments"): its own claim,
    // never one with the total.
    Matcher worth = WORTH_OF.matcher(in.sentence()).region(in.figureEnd(), in.sentence().length());
    if (worth.lookingAt()) {
      List<String> goods = named(worth.group(1));
      if (!goods.isEmpty()) {
        return goods;
      }
    }
    // The trade noun may end the trigger ("of its steel exports"): its modifier stands right before it.
    if (!TRADE_NOUN.matcher(trigger.words()).find()) {
      return List.of();
    }
    List<String> before = modifier.map(m -> named(in.sentence().substring(m[0], m[1]))).orElse(List.of());
    if (!before.isEmpty()) {
      return before;
    }
    // Or after it: "imports of semiconductor tools from Japan".
    Matcher of = PRODUCT_AFTER_OF.matcher(in.sentence()).region(trigger.end(), in.sentence().length());
    return of.lookingAt() ? named(of.group(1)) : List.of();
  }

  /**
   * Where the lowercase words right before the trigger's trade noun start and end ("canola seed" of "canola seed
   * exports"), if it has a trade noun and they are some.
   */
  private static Optional<int[]> tradeNounModifier(AttributionInput in, PhraseMatch<Metric> trigger) {
    Matcher noun = TRADE_NOUN.matcher(trigger.words());
    if (!noun.find()) {
      return Optional.empty();
    }
    int nounAt = trigger.start() + noun.start();
    Matcher modifier = PRODUCT_MODIFIER.matcher(in.sentence())
        .region(Math.max(0, nounAt - PRODUCT_BEFORE), nounAt).useTransparentBounds(true);
    return modifier.find() && !modifier.group(1).isBlank()
        ? Optional.of(new int[] {modifier.start(1), modifier.end(1)}) : Optional.empty();
  }

  /** The product the sentence's own words name, by its canonical name when products.csv knows the words. */
  private List<String> named(String phrase) {
    return productWords(phrase).map(products::canonical).map(List::of).orElse(List.of());
  }

  /** The product named by lowercase words, once the words that name none are cut from its start; else none. */
  private static Optional<String> productWords(String phrase) {
    List<String> words = new ArrayList<>(List.of(phrase.strip().toLowerCase(Locale.ROOT).split("\\s+")));
    while (!words.isEmpty() && NOT_A_PRODUCT.contains(words.get(0))) {
      words.remove(0);
    }
    // Goods joined inside the phrase stay one product ("agricultural and seafood products"); a trade noun does not.
    return words.isEmpty() || CONJUNCTIONS.contains(words.get(words.size() - 1))
        || words.stream().anyMatch(w -> !CONJUNCTIONS.contains(w) && NOT_A_PRODUCT.contains(w)
            || TRADE_NOUN.matcher(w).matches())
        ? Optional.empty() : Optional.of(String.join(" ", words));
  }

  /** The products of products.csv named near the figure; before it only when {@code before} allows. */
  private List<String> knownProductsOf(AttributionInput in, boolean before) {
    String sentence = in.sentence();
    int[] clause = ClauseSplitter.ACTORS.around(sentence, in.figureStart());
    Matcher number = NEXT_NUMBER.matcher(sentence).region(in.figureEnd(), clause[1]);
    int scopeEnd = number.find() ? number.start() : clause[1];
    List<String> after = products.find(sentence.substring(in.figureEnd(), scopeEnd));
    if (!after.isEmpty() || !before) {
      return after;
    }
    // Before the figure only its near words ("steel tariffs of 25%"), never past another number; a name the near
    // words cut into is not read from its tail (the "oil" of "crude palm oil" is no crude oil).
    int scopeStart = clause[0];
    Matcher previous = NEXT_NUMBER.matcher(sentence).region(scopeStart, in.figureStart());
    while (previous.find()) {
      scopeStart = previous.end();
    }
    int near = Math.max(scopeStart, in.figureStart() - PRODUCT_BEFORE);
    return products.find(sentence.substring(scopeStart, in.figureStart()), near - scopeStart);
  }
}
