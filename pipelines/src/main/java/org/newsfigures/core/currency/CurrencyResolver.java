package org.newsfigures.core.currency;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.extract.CurrencyMarker;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Decides the ISO 4217 currency of a money figure.
 *
 * <p>An explicit marker (US$, C$, yuan, €) decides by itself. A bare "$" or "dollars" is inferred from evidence,
 * tried in this order, the first that speaks deciding:
 *
 * <ol>
 *   <li>a data source named in the sentence ("according to China customs data" → USD), from data_sources.csv;
 *   <li>a data source named in the paragraph;
 *   <li>an explicit dollar currency of another figure in the same paragraph, when the paragraph uses only one;
 *   <li>the dateline place's country, when that country's own currency is written with "$";
 *   <li>the outlet's country (outlets.csv), under the same condition;
 * </ol>
 *
 * otherwise the currency is unknown: no guess is dressed up as fact. A place or outlet whose currency is not a
 * dollar says nothing about a "$" (a Beijing dateline does not make "$" yuan).
 */
public final class CurrencyResolver {
  private static final Pattern THREE_LETTER_CODE = Pattern.compile("\\p{Lu}{3}");
  private static final Pattern WORDS_ONLY = Pattern.compile("[\\p{L} .]+");

  private final NamedPattern<DataSource> dataSources;
  private final NamedPattern<String> places;
  private final NamedPattern<String> outlets;
  private final Map<String, String> countryCurrency;
  private final Set<String> dollarCurrencies;

  record DataSource(String name, String currency) {}

  CurrencyResolver(
      NamedPattern<DataSource> dataSources,
      NamedPattern<String> places,
      NamedPattern<String> outlets,
      Map<String, String> countryCurrency,
      Set<String> dollarCurrencies) {
    this.dataSources = dataSources;
    this.places = places;
    this.outlets = outlets;
    this.countryCurrency = Map.copyOf(countryCurrency);
    this.dollarCurrencies = Set.copyOf(dollarCurrencies);
  }

  /** The resolver over the reference tables in seeds/reference. */
  public static CurrencyResolver fromReference() {
    NamedPattern<DataSource> sources = names("data_sources", "pattern",
        r -> new DataSource(r.get("name"), r.get("currency")), false);
    NamedPattern<String> places = names("countries", "alias", r -> r.get("country_code"), false);
    NamedPattern<String> outlets = names("outlets", "pattern", r -> r.get("country_code"), true);
    Map<String, String> countryCurrency =
        ReferenceCsv.rows("country_currencies").stream()
            .collect(Collectors.toMap(r -> r.get("country_code"), r -> r.get("currency")));
    // The dollar family is whatever currency the alias table writes with "$" or "dollar".
    Set<String> dollars =
        ReferenceCsv.rows("currency_aliases").stream()
            .filter(r -> !r.get("currency").isEmpty())
            .filter(r -> r.get("alias").contains("$") || r.get("alias").toLowerCase(Locale.ROOT).contains("dollar"))
            .map(r -> r.get("currency"))
            .collect(Collectors.toSet());
    return new CurrencyResolver(sources, places, outlets, countryCurrency, dollars);
  }

  /** The names in one column of a reference table, each with a value read from its row. */
  private static <V> NamedPattern<V> names(
      String table, String nameColumn, Function<Map<String, String>, V> value, boolean caseSensitive) {
    return new NamedPattern<>(
        ReferenceCsv.rows(table).stream()
            // A leader's name ("Carney") stands for a government, never for a dateline place.
            .filter(r -> !"leader".equals(r.get("alias_type")))
            .map(r -> new NamedPattern.Entry<>(r.get(nameColumn), value.apply(r)))
            .toList(),
        caseSensitive);
  }

  public CurrencyResolution resolve(CurrencyMarker marker, CurrencyContext context) {
    if (marker.isExplicit()) {
      return explicit(marker, context);
    }
    return inferred(context)
        .orElseGet(() -> CurrencyResolution.unknown("no evidence for bare " + marker.text().strip()));
  }

  private CurrencyResolution explicit(CurrencyMarker marker, CurrencyContext context) {
    String form = describe(marker.text());
    if (marker.alternative() != null
        && Pattern.compile("\\b" + Pattern.quote(marker.alternativeWhen()) + "\\b", Pattern.CASE_INSENSITIVE)
            .matcher(context.paragraph())
            .find()) {
      return new CurrencyResolution(
          marker.alternative(), CurrencyBasis.EXPLICIT, form + ", paragraph says " + marker.alternativeWhen());
    }
    return new CurrencyResolution(marker.currency(), CurrencyBasis.EXPLICIT, form);
  }

  private Optional<CurrencyResolution> inferred(CurrencyContext context) {
    return dataSources.find(context.sentence())
        .map(f -> inferredAs(f.value().currency(), "source: " + f.value().name()))
        .or(() -> dataSources.find(context.paragraph())
            .map(f -> inferredAs(f.value().currency(), "source in paragraph: " + f.value().name())))
        .or(() -> paragraphDollar(context.paragraphCurrencies()))
        .or(() -> dollarCountry(Optional.ofNullable(context.dateline()).flatMap(places::find), "dateline "))
        .or(() -> dollarCountry(outlets.find(context.articleText()), "outlet: "));
  }

  private Optional<CurrencyResolution> paragraphDollar(List<String> currencies) {
    List<String> distinct = currencies.stream().filter(dollarCurrencies::contains).distinct().toList();
    return distinct.size() == 1
        ? Optional.of(inferredAs(distinct.get(0), "paragraph states " + distinct.get(0)))
        : Optional.empty();
  }

  private Optional<CurrencyResolution> dollarCountry(Optional<NamedPattern.Found<String>> found, String label) {
    return found.flatMap(f -> Optional.ofNullable(countryCurrency.get(f.value()))
        .filter(dollarCurrencies::contains)
        .map(c -> inferredAs(c, label + f.surface())));
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
