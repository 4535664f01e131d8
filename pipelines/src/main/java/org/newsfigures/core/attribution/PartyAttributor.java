package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsfigures.core.attribution.CountryMention.Role;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Reads subject and counterpart from the countries a sentence names, by the metric's roles (see {@link Metric.Roles}):
 *
 * <ul>
 *   <li>reporter_partner: subject = the owner nearest the figure ("Canadian exports", "Canada’s market"), else the
 *       actor nearest; counterpart = the nearest object of another country ("to China"), else the nearest other
 *       country ("the US remains Canada’s dominant market, purchasing about 75%…" → CA, US).
 *   <li>actor_target: only the figure's clause; subject (imposer) = the first actor or owner of the clause before the
 *       figure ("Ottawa imposed", "Trudeau … imposing", "Trump’s tariffs"); counterpart (target) = the first object
 *       after the figure ("on Chinese-made", "imports from China"), else any object of the clause.
 *   <li>symmetric: the two countries nearest the figure, the article's home first when it is one of them, else in
 *       the order the sentence names them ("China–Canada trade" in a Canadian paper → CA, CN; in a wire story → CN,
 *       CA); claims pair them in either order.
 * </ul>
 *
 * When the sentence names no country, the previous one is read the same way, as if the figure stood at its end.
 */
final class PartyAttributor {
  /**
   * Subject and counterpart, each with the mention that decided it; either may be absent, and then stand for a
   * country the sentence leaves implicit ({@code implicitSubject}, {@code implicitCounterpart}), with why.
   */
  record Parties(Optional<CountryMention> subject, Optional<CountryMention> counterpart, String implicitSubject,
      String subjectEvidence, String implicitCounterpart, String counterpartEvidence) {
    static final Parties NONE = new Parties(Optional.empty(), Optional.empty());

    Parties(Optional<CountryMention> subject, Optional<CountryMention> counterpart) {
      this(subject, counterpart, null, null, null, null);
    }

    /** The subject's code: the named one, else the implicit one. */
    String subjectCode() {
      return subject.map(CountryMention::code).orElse(implicitSubject);
    }

    /** The counterpart's code: the named one, else the implicit one. */
    String counterpartCode() {
      return counterpart.map(CountryMention::code).orElse(implicitCounterpart);
    }

    /** A symmetric pair told from the home country's side: "China-Canada trade" in a Canadian paper is CA, CN. */
    Parties homeFirst(String code) {
      return code != null && counterpart.filter(c -> c.code().equals(code)).isPresent()
          ? new Parties(counterpart, subject) : this;
    }

    /** @param why how the explanation names where {@code code} comes from ("the article's home") */
    Parties withHome(String code, String why) {
      if (subjectCode() != null || code == null || code.equals(counterpartCode())) {
        return this;
      }
      return new Parties(subject, counterpart, code, why, implicitCounterpart, counterpartEvidence);
    }

    /**
     * A rate of the article's latest tariff's imposer that still has no target is on that tariff's target: "could
     * cut Chinese tariffs on canola by 50 points" in a Beijing story, after China's tariffs on Canada.
     */
    Parties withLastTarget(AttributionInput.TariffParties last) {
      if (last == null || counterpartCode() != null || !last.imposer().equals(subjectCode())) {
        return this;
      }
      return new Parties(subject, counterpart, implicitSubject, subjectEvidence, last.target(), LAST_TARIFF);
    }

    /**
     * A rate whose sentence names its imposer but not its target is read as the home country's concern: a Canadian
     * paper's "Washington doubled its levies to 50 per cent" targets Canada.
     */
    Parties withHomeTarget(String code) {
      if (counterpartCode() != null || subject.isEmpty() || code == null || subject.get().code().equals(code)) {
        return this;
      }
      return new Parties(subject, counterpart, implicitSubject, subjectEvidence, code, HOME);
    }

    /**
     * A rate whose clause names no imposer continues the article's latest tariff, when that one's parties fit what
     * the clause names: "A new 10% U.S. tariff on Canadian lumber …, lifting the total levies to more than 45%".
     */
    Parties withLastTariff(AttributionInput.TariffParties last) {
      if (last == null || subject.isPresent() || counterpart.filter(c -> !c.code().equals(last.target())).isPresent()) {
        return this;
      }
      return new Parties(subject, counterpart, last.imposer(), LAST_TARIFF,
          counterpart.isPresent() ? null : last.target(), counterpart.isPresent() ? null : LAST_TARIFF);
    }
  }

  private static final String HOME = "the article's home";
  private static final String LAST_TARIFF = "as the article's tariff before:";
  private final CountryMentions countries;
  private final CurrencyPairs currencyPairs;

  PartyAttributor(CountryMentions countries) {
    this.countries = countries;
    this.currencyPairs = CurrencyPairs.fromReference();
  }

  CountryMentions countries() {
    return countries;
  }

  /**
   * Subject and counterpart by {@code roles}. A reporter or imposer whose sentence leaves it implicit ("imports from
   * Mexico rose", "a 100% tariff on Chinese-made vehicles") is the article's home country, unless that is the other
   * party; a party of a symmetric pair never is.
   */
  Parties attribute(Metric.Roles roles, AttributionInput in) {
    Parties named = named(roles, in);
    return switch (roles) {
      case SYMMETRIC -> named.subjectCode() == null && named.counterpartCode() == null
          ? articlePair(in) : named.homeFirst(in.home());
      case ACTOR_TARGET -> named.withLastTariff(in.lastTariff()).withHomeTarget(in.home())
          .withLastTarget(in.lastTariff()).withHome(in.home(), HOME);
      // A world price quoted on an exchange ("benchmark iron ore futures fell below $100 a ton") is no country's:
      // neither the article's home nor the exchange's seat ("on China's Dalian Commodity Exchange").
      case CURRENCY_PAIR -> currencyPair(in).orElse(named.withHome(in.home(), HOME));
      case MARKET -> EXCHANGE_QUOTE.matcher(in.sentence()).find() ? Parties.NONE
          : (named.subject().isPresent() ? named : named.withHome(sourceCountry(in), "the source's country"))
              .withHome(in.home(), HOME);
      // A trade figure's unnamed reporter is the country whose agency counted it ("…, Korea Customs Service data
      // showed"), before the article's home. The sources are looked for only when the reporter is unnamed.
      default -> (named.subject().isPresent() ? named : named.withHome(sourceCountry(in), "the source's country"))
          .withHome(in.home(), HOME);
    };
  }

  /**
   * "Bilateral trade, estimated at £42.6 billion in 2024," in a sentence naming no country: the trade of the article's
   * home with the country the article has named most besides it, so far.
   */
  private Parties articlePair(AttributionInput in) {
    if (in.home() == null || in.earlierText() == null) {
      return Parties.NONE;
    }
    return countries.timesNamed(in.earlierText().get()).entrySet().stream()
        .filter(e -> !e.getKey().equals(in.home()))
        .max(Map.Entry.<String, Long>comparingByValue()) // on a tie, the first named
        .map(e -> new Parties(Optional.empty(), Optional.empty(), in.home(), HOME, e.getKey(),
            "the country the article names most besides its home,"))
        .orElse(Parties.NONE);
  }

  /** The countries of the currencies an exchange rate names ("The peso weakened 0.3% against the dollar"). */
  private Optional<Parties> currencyPair(AttributionInput in) {
    return currencyPairs.read(in.sentence(), in.figureStart(), in.figureEnd()).map(pair -> new Parties(
        Optional.empty(), Optional.empty(),
        pair[0] == null ? null : pair[0].code(), pair[0] == null ? null : "the currency '" + pair[0].words() + "' of",
        pair[1] == null ? null : pair[1].code(), pair[1] == null ? null : "the currency '" + pair[1].words() + "' of"));
  }

  /** Words of a price quoted on a commodity exchange. */
  private static final Pattern EXCHANGE_QUOTE = Pattern.compile(
      "(?i)\\b(?:futures|(?:commodity|futures|stock|mercantile) exchange|benchmark|most-traded|contract)\\b");

  /** The country of the statistical agency the sentence cites, else the one the previous sentence cites; or null. */
  private String sourceCountry(AttributionInput in) {
    String cited = countries.sourceCountryIn(in.sentence());
    return cited != null ? cited : countries.sourceCountryIn(in.previousSentence());
  }

  private Parties named(Metric.Roles roles, AttributionInput in) {
    List<CountryMention> own = countries.find(in.sentence(), in.earlierText());
    if (!own.isEmpty()) {
      int limit = in.nextFigureStart() < 0 ? in.sentence().length() : in.nextFigureStart();
      return read(roles, in.sentence(), own, in.figureStart(), in.figureEnd(), limit);
    }
    List<CountryMention> previous = countries.find(in.previousSentence());
    if (previous.isEmpty()) {
      return Parties.NONE;
    }
    int end = in.previousSentence().length();
    // The previous sentence has no figure position: every mention is "before" it, no clause limit.
    Metric.Roles read = roles == Metric.Roles.ACTOR_TARGET ? Metric.Roles.REPORTER_PARTNER : roles;
    return read(read, in.previousSentence(), previous, end, end, end);
  }

  /** @param limit where the next figure starts (its words are its own), or the sentence's end */
  private Parties read(Metric.Roles roles, String sentence, List<CountryMention> mentions, int start, int end, int limit) {
    return switch (roles) {
      case REPORTER_PARTNER, CURRENCY_PAIR -> reporterPartner(ownClauseFirst(sentence, mentions, start), mentions, start, end, limit);
      case IMPORTER_ORIGIN -> reporterPartner(
          ownClauseFirst(sentence, mentions, start).stream().map(m -> originAsObject(sentence, m)).toList(),
          mentions.stream().map(m -> originAsObject(sentence, m)).toList(), start, end, limit);
      case ACTOR_TARGET -> actorTarget(sentence, mentions, start, end, limit);
      case MARKET -> {
        List<CountryMention> read = mentions.stream().map(m -> madeIn(sentence, m)).toList();
        yield market(reporterPartner(ownClauseFirst(sentence, read, start), read, start, end, limit), sentence, start);
      }
      case SYMMETRIC -> symmetric(mentions, start, end);
      case SELLER_MARKET -> sellerMarket(sentence, ownClauseFirst(sentence, mentions, start), mentions, start, end, limit);
    };
  }

  /**
   * The subject and the partner, each looked for in the figure's clause first ({@code own}), then in the whole
   * sentence ({@code all}): "China, while Canada’s second-largest market, accounted for 4% of exports" → CA, CN.
   */
  private static Parties reporterPartner(
      List<CountryMention> own, List<CountryMention> all, int start, int end, int limit) {
    // The partner the figure's clause names ("exports to the U.S.") is never its reporter, wherever else the
    // sentence names that country ("… because American buyers …"): the reporter is then another, or the home.
    String ownPartner = nearest(own, m -> m.role() == Role.OBJECT && m.start() < limit, start, end)
        .filter(m -> m.distanceTo(start, end) <= PARTNER_REACH).map(CountryMention::code).orElse(null);
    Predicate<CountryMention> owner = m -> m.role() == Role.OWNER && !m.code().equals(ownPartner);
    Predicate<CountryMention> actor = m -> m.role() == Role.ACTOR && !m.code().equals(ownPartner);
    Optional<CountryMention> subject = nearest(own, owner, start, end).or(() -> nearest(own, actor, start, end))
        .or(() -> nearest(all, owner, start, end)).or(() -> nearest(all, actor, start, end));
    String subjectCode = subject.map(CountryMention::code).orElse(null);
    Predicate<CountryMention> object = m -> m.role() == Role.OBJECT && !m.code().equals(subjectCode);
    Predicate<CountryMention> other = m -> !m.code().equals(subjectCode);
    Optional<CountryMention> counterpart = nearest(own, object, start, end).or(() -> nearest(all, object, start, end))
        .or(() -> nearest(all, other, start, end));
    return new Parties(subject, counterpart);
  }

  /**
   * The mentions of the figure's own clause ("Exports to China were $1 billion, before Beijing removed …": China,
   * not Beijing), or all of the sentence's when the clause names none.
   */
  private static List<CountryMention> ownClauseFirst(String sentence, List<CountryMention> mentions, int start) {
    if (start >= sentence.length()) {
      return mentions;
    }
    int[] clause = ClauseSplitter.ACTORS.around(sentence, start);
    List<CountryMention> own = mentions.stream().filter(m -> m.start() >= clause[0] && m.end() <= clause[1]).toList();
    return own.isEmpty() ? mentions : own;
  }

  /** Right after a demonym: the importer's own imports ("Canadian imports"), not the goods' origin. */
  private static final Pattern IMPORTS_AFTER = Pattern.compile("\\s+import", Pattern.CASE_INSENSITIVE);

  /**
   * A demonym names where imported goods come from ("Chinese car imports", "Chinese-made vehicles"): the partner's
   * role, not the importer's; "Canadian imports" stays the importer.
   */
  private static CountryMention originAsObject(String sentence, CountryMention m) {
    if (!m.demonym() || IMPORTS_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
      return m;
    }
    return new CountryMention(m.code(), m.words(), m.start(), m.end(), Role.OBJECT, true);
  }

  /** "-made", "-built" after a demonym: where goods come from. */
  private static final Pattern MADE_AFTER = Pattern.compile("(?i)-(?:made|built|produced|assembled)\\b");

  /**
   * A demonym of make ("a Chinese-made compact … costs more than $450,000 at Mexico City dealerships") names where
   * priced goods come from, the partner; the market is where they sell.
   */
  private static CountryMention madeIn(String sentence, CountryMention m) {
    return m.demonym() && MADE_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()
        ? new CountryMention(m.code(), m.words(), m.start(), m.end(), Role.OBJECT, true) : m;
  }

  /** How far from the figure a partner still rules its reporter out (a clause's length, not a sentence's). */
  private static final int PARTNER_REACH = 100;

  /** A clause that opens with a participle ("pushing total duties above 45%"). */
  private static final Pattern PARTICIPLE_START = Pattern.compile("[,\\s]*\\p{Ll}+ing\\b");

  /** What stands between an owner and the rate it imposes: "'s ", "’s own ". */
  private static final Pattern POSSESSIVE_BEFORE_RATE = Pattern.compile("['’]s\\s+(?:own\\s+|new\\s+)?");

  /** The reporter-partner reading, its counterpart kept only when it is a partner of the figure's own clause. */
  private static Parties market(Parties read, String sentence, int start) {
    int[] clause = start >= sentence.length() ? new int[] {0, 0} : ClauseSplitter.ACTORS.around(sentence, start);
    Optional<CountryMention> partner = read.counterpart()
        .filter(m -> m.role() == Role.OBJECT && m.start() >= clause[0] && m.end() <= clause[1]);
    return new Parties(read.subject(), partner);
  }

  private static Parties actorTarget(String sentence, List<CountryMention> mentions, int start, int end, int limit) {
    int[] clause = ClauseSplitter.ACTORS.around(sentence, start);
    Parties own = actorTarget(sentence, mentions, start, end, limit, clause);
    // A participle clause naming neither party continues the sentence before it ("New US tariffs on Canadian lumber
    // take effect, pushing total duties above 45%"); a clause of another event ("before Trump raised …") does not.
    boolean continues = clause[0] > 0 && PARTICIPLE_START.matcher(sentence).region(clause[0], clause[1]).lookingAt();
    return own.subject().isPresent() || own.counterpart().isPresent() || !continues ? own
        : actorTarget(sentence, mentions, start, end, limit, new int[] {0, clause[1]});
  }

  private static Parties actorTarget(
      String sentence, List<CountryMention> mentions, int start, int end, int limit, int[] clause) {
    List<CountryMention> inClause = mentions.stream().filter(m -> m.start() >= clause[0] && m.end() <= clause[1]).toList();
    // The country right after the rate is its imposer ("50% U.S. tariffs"), or the owner right before it ("Ottawa's
    // 100% duty").
    Optional<CountryMention> stated =
        inClause.stream().filter(m -> m.role() != Role.OBJECT && m.start() >= end && m.start() - end <= 2).findFirst()
            .or(() -> inClause.stream().filter(m -> m.end() <= start)
                .filter(m -> POSSESSIVE_BEFORE_RATE.matcher(sentence.substring(m.end(), start)).matches()).findFirst());
    String statedCode = stated.map(CountryMention::code).orElse(null);
    // The goods the rate falls on name its target ("a 15% tariff on most Japanese goods"): never its imposer. Words
    // past the next figure are that one's.
    Optional<CountryMention> targetAfter = inClause.stream()
        .filter(m -> m.role() == Role.OBJECT && m.start() >= end && m.start() < limit && !m.code().equals(statedCode))
        .findFirst();
    String targetCode = targetAfter.map(CountryMention::code).orElse(null);
    // Else the imposer is the first actor or owner before the rate, then, with the target known, the clause's other
    // country ("Japan's exports to the U.S. fell … as a 15% tariff on most Japanese goods" → the U.S.).
    Optional<CountryMention> imposer = stated
        .or(() -> inClause.stream().filter(m -> m.role() != Role.OBJECT && m.end() <= start)
            .filter(m -> !m.code().equals(targetCode)).findFirst())
        .or(() -> targetAfter.isPresent()
            ? nearest(inClause, m -> !m.code().equals(targetCode), start, end) : Optional.empty());
    String imposerCode = imposer.map(CountryMention::code).orElse(null);
    Predicate<CountryMention> target = m -> m.role() == Role.OBJECT && !m.code().equals(imposerCode);
    // Else the adjective of the goods the rate falls on ("lets in Chinese-made vehicles at a tariff of 6.1%").
    Predicate<CountryMention> origin = m -> m.demonym() && !m.code().equals(imposerCode)
        && imposer.filter(i -> i.start() < m.start()).isPresent();
    return new Parties(imposer, targetAfter.or(() -> inClause.stream().filter(target).findFirst())
        .or(() -> inClause.stream().filter(origin).findFirst()));
  }

  /** What stands before a market's country: "of Mexican car sales", "used in the United States". */
  private static final Pattern MARKET_BEFORE = Pattern.compile("(?i)\\b(?:of|in)\\s+(?:the\\s+)?$");
  private static final int MARKET_LOOKBACK = 12;

  /**
   * The market: the country after "of" or "in" nearest the figure in its clause; the seller: the nearest other
   * country of the clause. A market the clause leaves unnamed is the sentence's nearest other country ("the EU
   * imported …, and Chinese brands took a tenth of the bloc's market").
   */
  private static Parties sellerMarket(
      String sentence, List<CountryMention> own, List<CountryMention> all, int start, int end, int limit) {
    Optional<CountryMention> market = nearest(own, m -> m.start() < limit && MARKET_BEFORE.matcher(sentence)
        .region(Math.max(0, m.start() - MARKET_LOOKBACK), m.start()).find(), start, end);
    String marketCode = market.map(CountryMention::code).orElse(null);
    Optional<CountryMention> seller = nearest(own, m -> !m.code().equals(marketCode), start, end);
    String sellerCode = seller.map(CountryMention::code).orElse(null);
    return new Parties(seller, market.or(() -> nearest(all, m -> !m.code().equals(sellerCode), start, end)));
  }

  private static Parties symmetric(List<CountryMention> mentions, int start, int end) {
    Map<String, CountryMention> nearestPerCode = new LinkedHashMap<>();
    mentions.stream()
        .sorted(Comparator.comparingInt((CountryMention m) -> m.distanceTo(start, end)).thenComparingInt(CountryMention::start))
        .forEach(m -> nearestPerCode.putIfAbsent(m.code(), m));
    List<CountryMention> pair =
        nearestPerCode.values().stream().limit(2).sorted(Comparator.comparingInt(CountryMention::start)).toList();
    return new Parties(pair.stream().findFirst(), pair.stream().skip(1).findFirst());
  }

  private static Optional<CountryMention> nearest(
      List<CountryMention> mentions, Predicate<CountryMention> which, int start, int end) {
    return mentions.stream()
        .filter(which)
        .min(Comparator.comparingInt((CountryMention m) -> m.distanceTo(start, end)).thenComparingInt(CountryMention::start));
  }
}
