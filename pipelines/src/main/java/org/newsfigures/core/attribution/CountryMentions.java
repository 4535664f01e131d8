package org.newsfigures.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.currency.LocalCurrencies;
import org.newsfigures.core.geo.CountryGazetteer;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds the countries (and the EU) a sentence names, by the one {@link CountryGazetteer} of the project, and the role
 * each plays. Names of statistical sources ("China customs data") are not mentions: they say who
 * counted, not what was counted. "non-U.S." is not a mention of the US, nor is the "US" of "US$".
 */
public final class CountryMentions {
  /**
   * Prepositions after which a country is the partner or target ("exports to", "imports from", "a tariff on",
   * "earmarked for Indian projects").
   */
  private static final List<String> OBJECT_PREPOSITIONS =
      List.of("to", "from", "on", "against", "in", "into", "toward", "towards", "with", "for");
  /** Words that qualify a place without changing the preposition's role ("exports to mainland China"). */
  private static final String PLACE_QUALIFIERS =
      "mainland|neighbouring|neighboring|fellow|continental|metropolitan";
  /** Quantifiers of the goods a preposition governs: "a tariff on most Japanese goods", "on all Chinese imports". */
  private static final String QUANTIFIERS = "most|all|some|many|certain|several";
  /** Statistics "for" a country are that country's: "the figures for the American population", "data for Canada". */
  private static final Pattern STATISTICS_FOR_BEFORE = Pattern.compile(
      "(?i)\\b(?:figures?|data|numbers|statistics|estimates?|forecasts?|rates?)\\s+for\\s+(?:the\\s+)?$");
  /** Who pays a levy is what it falls on: "the total levies paid by most Canadian producers". */
  private static final Pattern PAID_BY_BEFORE = Pattern.compile(
      "(?i)\\b(?:paid|borne|owed|faced)\\s+by\\s+(?:(?:" + QUANTIFIERS + ")\\s+)?(?:the\\s+)?$");
  /** "a deficit with China" makes China the partner; "with Canadian imports" leaves the adjective its owner's. */
  private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\bwith\\s+$");
  private static final StartCharPattern OBJECT_BEFORE =
      StartCharPattern.ofWords(
          "\\b(?:" + String.join("|", OBJECT_PREPOSITIONS) + ")\\s+(?:(?:" + QUANTIFIERS + ")\\s+)?(?:the\\s+)?(?:(?:" + PLACE_QUALIFIERS + ")\\s+)?$",
          Pattern.CASE_INSENSITIVE,
          OBJECT_PREPOSITIONS);
  /** Enough characters before a mention for the longest preposition, "the", a qualifier and spaces. */
  private static final int PREPOSITION_LOOKBACK = 40;
  /** The word after a mention, as a currency's noun would follow it ("U.S. dollars", "Swiss francs"). */
  private static final Pattern CURRENCY_NOUN_AFTER = Pattern.compile("\\s+(\\p{L}+)\\b");
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
  /** "of" before a country, except after "imports", where the country is the goods' origin ("imports of US soybeans"). */
  private static final Pattern OF_BEFORE = Pattern.compile("(?i)(?<!imports\\s)\\bof\\s+(?:the\\s+)?$");

  private final CountryGazetteer places;
  private final PhraseTable<String> sources;
  /** The country whose figures each source publishes, by the source's name. */
  private final Map<String, String> sourceCountries;
  private final LocalCurrencies currencies = new LocalCurrencies(LocalCurrencies.LEGAL_TENDER_ON);

  private CountryMentions(CountryGazetteer places, List<Map<String, String>> dataSources) {
    this.places = places;
    this.sources =
        new PhraseTable<>(dataSources.stream().collect(Collectors.toMap(r -> r.get("pattern"), r -> r.get("name"))), false);
    this.sourceCountries =
        dataSources.stream().collect(Collectors.toMap(r -> r.get("name"), r -> r.get("country"), (a, b) -> a));
  }

  public static CountryMentions fromReference() {
    return new CountryMentions(CountryGazetteer.fromReference(), ReferenceCsv.rows("data_sources"));
  }

  /** Countries named in {@code sentence}, in order of position; null gives none. */
  public List<CountryMention> find(String sentence) {
    if (sentence == null) {
      return List.of();
    }
    List<CountryGazetteer.Place> named = places.find(sentence).stream().filter(CountryMentions::party).toList();
    if (named.isEmpty()) {
      return List.of();
    }
    List<PhraseMatch<String>> sourceNames = sources.find(sentence);
    return named.stream()
        .filter(m -> sourceNames.stream().noneMatch(s -> s.start() <= m.start() && m.end() <= s.end()
            || ownsSource(sentence, m, s)))
        .filter(m -> !namesItsCurrency(sentence, m))
        .map(m -> new CountryMention(m.code(), m.surface(), m.start(), m.end(), role(sentence, m),
            m.kind() == CountryGazetteer.Kind.DEMONYM))
        .toList();
  }

  /**
   * A country or bloc named by what it is ("imports from the bloc", "live in the kingdom"). Titles that many countries
   * share or other bodies use ("the republic", "the federation") are left out: they would guess.
   */
  private static final Pattern TITLE = Pattern.compile(
      "\\bthe\\s+(bloc|kingdom|emirates|sultanate|principality)\\b");

  /**
   * Countries named in {@code sentence}, and those it names by what they are ("the bloc", "the kingdom"): the last
   * country or bloc {@code earlierText} names that is one ("the kingdom" after "Saudi Arabia", whose name is the
   * "Kingdom of Saudi Arabia"), none when it names none.
   */
  public List<CountryMention> find(String sentence, Supplier<String> earlierText) {
    List<CountryMention> named = find(sentence);
    if (sentence == null || earlierText == null) {
      return named;
    }
    Matcher title = TITLE.matcher(sentence);
    List<CountryMention> all = new ArrayList<>(named);
    List<CountryGazetteer.Place> earlier = null;
    while (title.find()) {
      int start = title.start(1);
      if (named.stream().anyMatch(m -> m.start() < title.end() && start < m.end())) {
        continue;
      }
      if (earlier == null) {
        earlier = places.find(earlierText.get()).stream().filter(CountryMentions::party).toList();
      }
      for (int k = earlier.size() - 1; k >= 0; k--) {
        CountryGazetteer.Place referent = earlier.get(k);
        if (places.isCalled(referent.code(), title.group(1))) {
          CountryGazetteer.Place here = new CountryGazetteer.Place(start, title.end(), title.group(1),
              referent.alias(), referent.code(), CountryGazetteer.Kind.NAME);
          all.add(new CountryMention(here.code(), title.group(), title.start(), title.end(), role(sentence, here),
              false));
          break;
        }
      }
    }
    all.sort(Comparator.comparingInt(CountryMention::start));
    return List.copyOf(all);
  }

  /** The possessive that makes a country the owner of the source after it: "Brazil's Secex". */
  private static final Pattern POSSESSIVE_BEFORE_SOURCE = Pattern.compile("['’]s\\s+(?:own\\s+)?");

  /** Whether the mention owns a source name right after it ("according to Brazil's Secex trade data"): the source. */
  private static boolean ownsSource(String sentence, CountryGazetteer.Place m, PhraseMatch<String> source) {
    return m.end() <= source.start()
        && POSSESSIVE_BEFORE_SOURCE.matcher(sentence).region(m.end(), source.start()).matches();
  }

  /**
   * Whether the mention is the first word of its country's currency ("307.8 billion U.S. dollars", "28 billion Qatari
   * riyals"): a unit of the figure, not a party to it.
   */
  private boolean namesItsCurrency(String sentence, CountryGazetteer.Place m) {
    return currencies.nounOf(m.code()).filter(noun -> {
      Matcher after = CURRENCY_NOUN_AFTER.matcher(sentence).region(m.end(), sentence.length());
      String word = after.lookingAt() ? after.group(1).toLowerCase(Locale.ROOT) : "";
      return word.equals(noun) || word.equals(noun + "s");
    }).isPresent();
  }

  /** A country, or the EU: a bloc that trades and sets tariffs as one. Other blocs (G7, ASEAN) are no party. */
  private static boolean party(CountryGazetteer.Place place) {
    return place.code().length() == 2;
  }

  /** Whether the text from {@code at} on matches {@code after}, an anchored pattern, as its substring would. */
  private static boolean startsWith(Pattern after, String sentence, int at) {
    return after.matcher(sentence).region(at, sentence.length()).lookingAt();
  }

  private static CountryMention.Role role(String sentence, CountryGazetteer.Place m) {
    // Only the words right before count ("exports to the"): a bounded look-back keeps this linear in the sentence.
    String before = sentence.substring(Math.max(0, m.start() - PREPOSITION_LOOKBACK), m.start());
    boolean demonym = m.kind() == CountryGazetteer.Kind.DEMONYM;
    if (STATISTICS_FOR_BEFORE.matcher(before).find()) {
      return CountryMention.Role.OWNER; // "the figures for the American population": its own
    }
    if (OBJECT_BEFORE.scan(before).find() && !(demonym && WITH_BEFORE.matcher(before).find())
        || PAID_BY_BEFORE.matcher(before).find()) {
      return CountryMention.Role.OBJECT;
    }
    // "of UK goods exports", "of Brazil's soybean exports": the country owns what the figure is a share of.
    if (demonym || startsWith(POSSESSIVE_AFTER, sentence, m.end()) || OF_BEFORE.matcher(before).find()) {
      return CountryMention.Role.OWNER;
    }
    return CountryMention.Role.ACTOR;
  }

  /** How many times {@code text} names each country, in order of first mention (roles are not read). */
  public Map<String, Long> timesNamed(String text) {
    Map<String, Long> counts = new LinkedHashMap<>();
    places.find(text).stream().filter(CountryMentions::party).forEach(p -> counts.merge(p.code(), 1L, Long::sum));
    return counts;
  }

  /** The country's short name for explanations ("Canada"). */
  public String name(String code) {
    return places.name(code);
  }

  /** The country's adjective ("Canadian"), or its name when there is none. */
  public String demonym(String code) {
    String demonym = places.demonym(code);
    return demonym.isEmpty() ? name(code) : demonym;
  }

  /** The first country named in {@code text}, source names included ("China customs data" → CN); null if none. */
  public String firstCountryIn(String text) {
    return places.find(text).stream().filter(CountryMentions::party).map(CountryGazetteer.Place::code).findFirst()
        .orElse(null);
  }

  /** The country of the first statistical source {@code text} names ("Korea Customs Service" → KR), or null. */
  public String sourceCountryIn(String text) {
    return text == null ? null
        : sources.find(text).stream().map(s -> sourceCountries.get(s.value())).filter(c -> c != null && !c.isEmpty())
            .findFirst().orElse(null);
  }

  /** The statistical sources a sentence names ("China customs data (General Administration of Customs)"). */
  public List<String> sourcesNamed(String sentence) {
    return sentence == null ? List.of() : sources.find(sentence).stream().map(PhraseMatch::value).distinct().toList();
  }
}
