package org.newsfigures.core.currency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.extract.CurrencyMarker;
import org.newsfigures.core.geo.CountryGazetteer;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Decides the ISO 4217 currency of a money figure, and says why ({@code currency_evidence}).
 *
 * <p>A marker that names one currency (US$, C$, yuan, €) decides by itself: basis {@code explicit}. A bare "$" or
 * "dollars" is never left without a currency: the first of these that speaks decides, most specific first (basis
 * {@code inferred}), else US dollars (basis {@code default}):
 *
 * <ol>
 *   <li>a conversion: the figure stands in brackets right after a figure in another explicit currency
 *       ("C$4.9 billion ($3.58 billion)", "20.3 trillion yen ($135 billion)"): US dollars;
 *   <li>the sentence names the currency its figures are in ("in Canadian dollars", "in US dollar terms");
 *   <li>a note of the article declares it ("All figures in Australian dollars unless stated");
 *   <li>a data source named in the sentence, then in the paragraph, publishes in one currency (data_sources.csv:
 *       "according to Statistics Canada" → CAD, "China customs data" → USD);
 *   <li>the paragraph's other figures state exactly one dollar currency other than the US dollar ("C$4.9 billion
 *       in 2024 … $5.2 billion in 2025"); a paragraph that marks US$ explicitly says its bare "$" is something else;
 *   <li>the outlet named in the credit lines (outlets.csv): its home currency when that country's press writes its
 *       currency "$" (Canada, Australia, Singapore, Mexico's peso), else US dollars (Reuters, Yonhap, Nikkei);
 *   <li>the dateline place's country, by the same rule.
 * </ol>
 *
 * "Dollars" in words is the home currency only where it is a dollar: "5 billion dollars" in a Mexican paper is US
 * dollars, while its "$380,000" is pesos. An "¥" is yuan or yen: the paragraph's word (yuan, renminbi, yen), then
 * the home country (China → CNY, Japan → JPY), else the marker's own reading, basis {@code inferred}.
 */
public final class CurrencyResolver {
  /** The day whose legal tender is each country's currency: fixed, so that output does not depend on the clock. */
  private static final String USD = "USD";
  private static final Pattern THREE_LETTER_CODE = Pattern.compile("\\p{Lu}{3}");
  private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L} .]+");
  /** Where a credit line's publisher can stand in a dateline: "SEOUL, Jan. 1 (Yonhap) --", "TORONTO (AP) —". */
  private static final Pattern DATELINE_PREFIX = Pattern.compile("^(.{1,80}?)\\s(?:—|--|–|-)\\s");
  /** A credit at the end of a caption: "ELENA SUVOROVA/THE GLOBE AND MAIL". */
  private static final Pattern TRAILING_CREDIT = Pattern.compile("[\\p{Lu}][\\p{Lu} .&'/-]{3,}$");
  /** A credit in brackets at the end of a caption: "(ABC Rural: Kirsty Macalister)", "(Reuters)". */
  private static final Pattern BRACKETED_CREDIT = Pattern.compile("\\(([^()]{2,60})\\)\\s*$");
  /** Lines of at most this many words are credit lines (bylines, "Associated Press", "Share this article"). */
  private static final int CREDIT_LINE_WORDS = 12;

  private final NamedPattern<DataSource> dataSources;
  private final CountryGazetteer places;
  private final NamedPattern<Outlet> outlets;
  private final LocalCurrencies local = new LocalCurrencies(LocalCurrencies.LEGAL_TENDER_ON);
  private final Pattern declaredNote;
  private final Pattern sentenceCurrency;
  private final Map<String, String> currencyOfName;
  /** The words that select a sign's other reading ("yuan" for "¥"), found in one pass per paragraph. */
  private final Pattern alternativeWords;

  record DataSource(String name, String currency) {}

  /** A row of outlets.csv. */
  record Outlet(String country, boolean wire, String name) {}

  CurrencyResolver(
      NamedPattern<DataSource> dataSources,
      CountryGazetteer places,
      NamedPattern<Outlet> outlets,
      Map<String, String> currencyOfName,
      Set<String> alternativeWords) {
    this.dataSources = dataSources;
    this.places = places;
    this.outlets = outlets;
    this.currencyOfName = currencyOfName.entrySet().stream()
        .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    String names = currencyOfName.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Function.identity()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
    this.declaredNote = Pattern.compile(
        "(?i)(?:\\b(?:figures|amounts|values|sums)\\s+(?:are\\s+|were\\s+|quoted\\s+|given\\s+|expressed\\s+|stated\\s+)*"
            + "(?:in\\s+)?(" + names + ")(?![\\p{L}$])"
            + "|\\bin\\s+(" + names + ")\\s+unless\\b)");
    this.alternativeWords = Pattern.compile("(?i)\\b(?:" + alternativeWords.stream().sorted().map(Pattern::quote)
        .collect(Collectors.joining("|")) + ")\\b");
    this.sentenceCurrency = Pattern.compile(
        "(?i)(?:\\bin\\s+(?:the\\s+)?(" + names + ")(?:\\s+terms)?(?![\\p{L}$])|(?<![\\p{L}])(" + names + ")\\s+terms\\b)");
  }

  /** The resolver over the reference tables in seeds/reference. */
  public static CurrencyResolver fromReference() {
    NamedPattern<DataSource> sources = names("data_sources", "pattern",
        r -> new DataSource(r.get("name"), r.get("currency")), false);
    NamedPattern<Outlet> outlets = names("outlets", "pattern",
        r -> new Outlet(r.get("country_code"), "yes".equals(r.get("wire")), r.get("name")), true);
    // Names and codes that state one currency ("Australian dollars", "AUD", "US$"), as a note or sentence names it.
    Map<String, String> named = ReferenceCsv.rows("currency_aliases").stream()
        .filter(r -> !r.get("currency").isEmpty() && r.get("alternative").isEmpty())
        .filter(r -> !"symbol".equals(r.get("form")) || r.get("alias").length() > 1)
        .collect(Collectors.toMap(r -> r.get("alias"), r -> r.get("currency"), (a, b) -> a));
    Set<String> alternatives = ReferenceCsv.rows("currency_aliases").stream()
        .map(r -> r.get("alternative_when")).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    return new CurrencyResolver(sources, CountryGazetteer.fromReference(), outlets, named, alternatives);
  }

  /** The names in one column of a reference table, each with a value read from its row. */
  private static <V> NamedPattern<V> names(
      String table, String nameColumn, Function<Map<String, String>, V> value, boolean caseSensitive) {
    return new NamedPattern<>(
        ReferenceCsv.rows(table).stream()
            .map(r -> new NamedPattern.Entry<>(r.get(nameColumn), value.apply(r)))
            .toList(),
        caseSensitive);
  }

  /**
   * What the article as a whole says: a declared currency, the outlet of its credit lines, its dateline's country.
   * Read once per article, so that each figure's resolution does not scan the article again.
   *
   * @param text the article's text
   * @param title its headline (never a credit line), or null
   * @param dateline its dateline place, or null
   */
  public ArticleEvidence articleEvidence(String text, String title, String dateline) {
    Matcher note = declaredNote.matcher(text);
    String declared = null;
    String declaredBy = null;
    if (note.find()) {
      String name = note.group(1) != null ? note.group(1) : note.group(2);
      declared = currencyOfName.get(name.toLowerCase(Locale.ROOT));
      declaredBy = note.group().strip();
    }
    Optional<Outlet> outlet = outlets.find(creditLines(text, title)).map(NamedPattern.Found::value);
    Optional<String> place = Optional.ofNullable(dateline).flatMap(places::codeOf);
    return new ArticleEvidence(
        declared,
        declaredBy,
        outlet.map(Outlet::name).orElse(null),
        outlet.map(Outlet::country).orElse(null),
        outlet.map(Outlet::wire).orElse(false),
        dateline,
        place.orElse(null));
  }

  /** The article's credit lines joined by new lines: short lines, dateline prefixes, captions' trailing credits. */
  private static String creditLines(String text, String title) {
    List<String> credits = new ArrayList<>();
    for (String line : text.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.equals(title)) {
        continue;
      }
      if (l.split("\\s+").length <= CREDIT_LINE_WORDS) {
        credits.add(l);
        continue;
      }
      Matcher prefix = DATELINE_PREFIX.matcher(l);
      if (prefix.find()) {
        credits.add(prefix.group(1));
      }
      Matcher bracketed = BRACKETED_CREDIT.matcher(l);
      if (bracketed.find()) {
        credits.add(bracketed.group(1));
      }
      Matcher trailing = TRAILING_CREDIT.matcher(l);
      if (trailing.find()) {
        credits.add(trailing.group());
      }
    }
    return String.join("\n", credits);
  }

  public CurrencyResolution resolve(CurrencyMarker marker, CurrencyContext context) {
    if (isYenOrYuanSign(marker)) {
      return yenOrYuan(marker, context);
    }
    if (marker.isExplicit()) {
      return explicit(marker, context);
    }
    boolean word = !marker.text().contains("$");
    return inferred(context, word)
        .orElseGet(() -> new CurrencyResolution(USD, CurrencyBasis.DEFAULT,
            "no evidence for bare " + marker.text().strip() + ": US dollars by default"));
  }

  private static boolean isYenOrYuanSign(CurrencyMarker marker) {
    String t = marker.text().strip();
    return t.equals("¥") || t.equals("￥");
  }

  private CurrencyResolution yenOrYuan(CurrencyMarker marker, CurrencyContext context) {
    if (saysAlternative(marker, context)) {
      return inferredAs(marker.alternative(), "¥, paragraph says " + marker.alternativeWhen());
    }
    for (String code : homeCountries(context.article())) {
      Optional<String> home = local.of(code).filter(c -> c.equals("CNY") || c.equals("JPY"));
      if (home.isPresent()) {
        return inferredAs(home.get(), "¥, home country " + code);
      }
    }
    return inferredAs(marker.currency(), "¥, read as " + marker.currency());
  }

  /** Whether the paragraph says the word that selects the marker's other reading ("yuan" for "¥"). */
  private static boolean saysAlternative(CurrencyMarker marker, CurrencyContext context) {
    return marker.alternative() != null
        && context.paragraph().currencyWords().contains(marker.alternativeWhen().toLowerCase(Locale.ROOT));
  }

  private CurrencyResolution explicit(CurrencyMarker marker, CurrencyContext context) {
    String form = describe(marker.text());
    if (saysAlternative(marker, context)) {
      return new CurrencyResolution(
          marker.alternative(), CurrencyBasis.EXPLICIT, form + ", paragraph says " + marker.alternativeWhen());
    }
    return new CurrencyResolution(marker.currency(), CurrencyBasis.EXPLICIT, form);
  }

  private Optional<CurrencyResolution> inferred(CurrencyContext context, boolean word) {
    ArticleEvidence article = context.article();
    return Optional.ofNullable(context.convertedFrom())
        .filter(from -> !from.equals(USD))
        .map(from -> inferredAs(USD, "conversion of a " + from + " figure"))
        .or(() -> Optional.ofNullable(context.sentence().named())
            .map(c -> inferredAs(c, "sentence: " + context.sentence().namedBy())))
        .or(() -> Optional.ofNullable(article.declared())
            .map(c -> inferredAs(c, "article note: " + article.declaredBy())))
        // A source that publishes in euros or pounds says nothing of a "$": only a dollar (or "$"-written) source does.
        .or(() -> Optional.ofNullable(context.sentence().sourceCurrency()).filter(this::isDollar)
            .map(c -> inferredAs(c, "source: " + context.sentence().source())))
        .or(() -> Optional.ofNullable(context.paragraph().sourceCurrency()).filter(this::isDollar)
            .map(c -> inferredAs(c, "source in paragraph: " + context.paragraph().source())))
        .or(() -> paragraphDollar(context.paragraphCurrencies()))
        .or(() -> home(article.outletCountry(), word, "outlet " + article.outlet()))
        .or(() -> home(article.datelineCountry(), word, "dateline " + article.dateline()));
  }

  /** The country of a dateline's place ("HONG KONG" → HK), or null. */
  public String countryOfPlace(String place) {
    return places.codeOf(place).orElse(null);
  }

  /** What a sentence or paragraph says: a currency it names for its figures, a data source it cites. */
  public TextEvidence textEvidence(String text) {
    Matcher m = sentenceCurrency.matcher(text);
    String named = null;
    String namedBy = null;
    if (m.find()) {
      named = currencyOfName.get((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT));
      namedBy = m.group().strip();
    }
    Optional<NamedPattern.Found<DataSource>> source = dataSources.find(text);
    Set<String> words = new HashSet<>();
    Matcher word = alternativeWords.matcher(text);
    while (word.find()) {
      words.add(word.group().toLowerCase(Locale.ROOT));
    }
    return new TextEvidence(named, namedBy, source.map(f -> f.value().name()).orElse(null),
        source.map(f -> f.value().currency()).orElse(null), words);
  }

  private Optional<CurrencyResolution> paragraphDollar(List<String> currencies) {
    List<String> distinct = currencies.stream().filter(c -> !c.equals(USD)).filter(this::isDollar).distinct().toList();
    return distinct.size() == 1
        ? Optional.of(inferredAs(distinct.get(0), "paragraph states " + distinct.get(0)))
        : Optional.empty();
  }

  private boolean isDollar(String currency) {
    return currencyOfName.entrySet().stream()
        .anyMatch(e -> e.getValue().equals(currency) && (e.getKey().contains("$") || e.getKey().contains("dollar")));
  }

  /** The currency a home country's press means by "$" (or by "dollars"): its own when written so, else USD. */
  private Optional<CurrencyResolution> home(String country, boolean word, String evidence) {
    if (country == null) {
      return Optional.empty();
    }
    String own = (word ? local.dollarOf(country) : local.writtenWithDollarSign(country)).orElse(USD);
    return Optional.of(inferredAs(own, evidence));
  }

  private static List<String> homeCountries(ArticleEvidence article) {
    List<String> homes = new ArrayList<>();
    if (article.outletCountry() != null) {
      homes.add(article.outletCountry());
    }
    if (article.datelineCountry() != null) {
      homes.add(article.datelineCountry());
    }
    return homes;
  }

  private static CurrencyResolution inferredAs(String currency, String evidence) {
    return new CurrencyResolution(currency, CurrencyBasis.INFERRED, evidence);
  }

  private static String describe(String markerText) {
    String text = markerText.strip();
    if (THREE_LETTER_CODE.matcher(text).matches()) {
      return "code " + text;
    }
    return (WORDS_ONLY.matcher(text).matches() ? "name " : "symbol ") + text;
  }
}
