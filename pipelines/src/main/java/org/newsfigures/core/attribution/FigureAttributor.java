package org.newsfigures.core.attribution;

import java.util.ArrayList;
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
 * symmetric metrics (two-way trade) are written from the home country's side; readings that lean on words outside the
 * figure's own (the article's latest tariff, the flow its sentence tells, a quote's first person) are {@link
 * PartiesInContext}'s. The product, for metrics that read one, is every product named between the figure and
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
  private final PartiesInContext context;

  FigureAttributor(MetricVocabulary vocabulary, CountryMentions countries, ProductMentions products) {
    this.metrics = new MetricAttributor(vocabulary);
    this.parties = new PartyAttributor(countries);
    this.products = products;
    this.context = new PartiesInContext(metrics, parties, products);
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
    if (in.kind().equals("money")
        && PartiesInContext.TRADE_WORTH.matcher(in.sentence()).region(0, in.figureStart()).find()) {
      Optional<Attribution> flow = context.tradeOfGoods(in);
      if (flow.isPresent()) {
        return flow.get();
      }
    }
    Optional<MetricMatch> match =
        metrics.attribute(in.sentence(), in.figureStart(), in.figureEnd(), in.nextFigureStart(), in.kind(), in.change());
    List<String> evidence = new ArrayList<>();
    // Without a metric the figure still concerns the countries around it; only a metric makes it a claim.
    Metric.Roles roles = match.map(m -> m.metric().roles()).orElse(Metric.Roles.REPORTER_PARTNER);
    Parties found = parties.attribute(roles, context.continuationOf(in).orElse(in));
    if (context.raisedByTariffs(in, match)) {
      found = new Parties(Optional.empty(), found.counterpart(), in.lastTariff().imposer(),
          "the government levying the article's tariffs,", found.counterpartCode(), found.counterpartEvidence());
    }
    if (roles != Metric.Roles.SYMMETRIC && PartiesInContext.saidInTheFirstPerson(in, found)) {
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
      found = context.takenShare(in, found).orElse(found);
    }
    if (PartiesInContext.causedByTheTariff(in, found)) {
      found = new Parties(found.subject(), Optional.empty(), found.implicitSubject(), found.subjectEvidence(),
          in.lastTariff().imposer(), "the government levying the tariff it blames,");
    }
    // "Mexico bought $1.3 billion of Canadian steel" in a Canadian paper: Canada's exports to Mexico.
    boolean toldByBuyer = context.toldByTheBuyer(in, match, found);
    if (toldByBuyer) {
      found = new Parties(Optional.empty(), Optional.empty(), in.home(), "the article's home, which sold,",
          found.subjectCode(), "the buyer,");
    }
    String metricName = toldByBuyer ? PartiesInContext.EXPORTS : match.map(m -> m.metric().name()).orElse(in.change() ? CHANGE : null);
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
    boolean paid = in.kind().equals("percent")
        && PartiesInContext.PAYS_RATE.matcher(in.sentence()).region(0, in.figureStart()).find();
    if (paid) {
      return context.paidRate(in, read).orElse(read);
    }
    return metrics.isLevied(read.metric()) ? context.rateOnAFlow(in, read).orElse(read) : read;
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
        in.earlierText() == null ? null : () -> in.earlierText().get() + in.sentence().substring(0, own[0]));
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
