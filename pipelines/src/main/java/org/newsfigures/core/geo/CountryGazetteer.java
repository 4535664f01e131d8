package org.newsfigures.core.geo;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Finds mentions of countries and blocs in text: every ISO 3166-1 region by its English names from ICU4J (CLDR), and
 * by the short forms, demonyms, capitals, government metonyms and bloc names of {@code country_aliases.csv}, plus
 * dateline cities (ICU's time-zone exemplar cities and the CSV's other news cities).
 *
 * <p>Matching is one left-to-right pass over word tokens through a token trie, taking the longest alias at each
 * position, so "Papua New Guinea" is PG and never GN, and "New Mexico" (a {@code not_a_place} row) hides "Mexico".
 * Aliases match case-sensitively as written ("China", "U.S.", "US" but not "us"), and in all capitals for datelines
 * and headlines ("TORONTO"); names with accents also match without them ("Bogota"). Tokens must be spaced as in the
 * alias ("U.S." but not "U. S."); any run of whitespace counts as one space.
 *
 * <p>Three guards: an abbreviation followed by "$" is a currency marker ("US$5", "US $5"); a match right after
 * "non-" is a negation ("non-U.S. exports"); a word that is also a common given name or surname ({@code person_name}
 * rows: "Jordan", "Chad", "Sydney") followed by a capitalized word is a person ("Jordan Ellis"). None is a mention.
 *
 * <p>Immutable and safe to share between threads; {@link #fromReference()} builds it once per class loader.
 */
public final class CountryGazetteer {
  /** How a place is named. Priority when one surface has two readings: the earlier kind wins. */
  public enum Kind {
    BLOC,
    NAME,
    SHORT_NAME,
    DEMONYM,
    METONYM,
    CAPITAL,
    CITY
  }

  /**
   * One mention: [start, end) in the text, the text it covers, the alias it matched as the reference writes it
   * ("Toronto" for "TORONTO", "Bogotá" for "Bogota"), an ISO 3166-1 alpha-2 code (or a bloc code such as "EU",
   * "ASEAN", "G7") and how it was named.
   */
  public record Place(int start, int end, String surface, String alias, String code, Kind kind) {}

  private static final String TABLE = "country_aliases";
  private static final String NOT_A_PLACE = "not_a_place";
  private static final String PERSON_NAME = "person_name";
  private static final Pattern ABBREVIATION = Pattern.compile("(?:\\p{Lu}\\.?){1,3}");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Normalizer2 DECOMPOSE = Normalizer2.getNFDInstance();
  /** A reading that hides shorter ones inside it but is not reported ({@code not_a_place} rows). */
  private static final Entry HIDDEN = new Entry(null, null, null);

  private final Node root;
  private final Map<String, String> names;
  private final Map<String, String> demonyms;
  /** Place words that are also names of people, in capitals. */
  private final Set<String> personNames;
  /** Every alias as written, of every kind, but those that are also names of people. */
  private final Set<String> wordsNeverInNames;
  /** The names of capitals and other cities, as written. */
  private final Set<String> cityNames;
  /** Per code, the lower-case words of its names and bloc names ("kingdom" of "Kingdom of Saudi Arabia"). */
  private final Map<String, Set<String>> nameWords;
  private final Set<String> blocs;

  private record Entry(String alias, String code, Kind kind) {}

  /** A trie node; children keyed by the next token, apart when it follows whitespace and when it follows directly. */
  private static final class Node {
    final Map<String, Node> adjacent = new HashMap<>();
    final Map<String, Node> spaced = new HashMap<>();
    Entry entry;

    Node child(Token token, boolean first) {
      return (first || !token.spaceBefore ? adjacent : spaced).get(token.text);
    }
  }

  private record Token(int start, int end, String text, boolean spaceBefore) {}

  private static final class Holder {
    static final CountryGazetteer INSTANCE = build();
  }

  private CountryGazetteer(Node root, Map<String, String> names, Map<String, String> demonyms,
      Set<String> personNames, Set<String> wordsNeverInNames, Set<String> cityNames, Map<String, Set<String>> nameWords,
      Set<String> blocs) {
    this.root = root;
    this.names = names;
    this.demonyms = demonyms;
    this.personNames = personNames;
    this.wordsNeverInNames = wordsNeverInNames;
    this.cityNames = cityNames;
    this.nameWords = nameWords;
    this.blocs = blocs;
  }

  /** The gazetteer built from ICU4J and {@code reference/country_aliases.csv}; built on first use, then shared. */
  public static CountryGazetteer fromReference() {
    return Holder.INSTANCE;
  }

  /** Every country and bloc mention in the text, in text order, never overlapping. */
  public List<Place> find(String text) {
    List<Token> tokens = tokenize(text);
    List<Place> places = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Node node = root;
      Entry best = null;
      int bestEnd = i;
      for (int j = i; j < tokens.size(); j++) {
        node = node.child(tokens.get(j), j == i);
        if (node == null) {
          break;
        }
        if (node.entry != null) {
          best = node.entry;
          bestEnd = j + 1;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = tokens.get(i).start;
      int end = tokens.get(bestEnd - 1).end;
      String surface = text.substring(start, end);
      if (best != HIDDEN
          && !isCurrencyMarker(surface, tokens, bestEnd)
          && !isNegated(tokens, i)
          && !isPersonName(surface, tokens, bestEnd)) {
        places.add(new Place(start, end, surface, best.alias, best.code, best.kind));
      }
      i = bestEnd;
    }
    return places;
  }

  /**
   * The country (or bloc) of a dateline place: "TORONTO", "Mexico City", "Lagos, Nigeria"; of several places joined
   * by "/" ("SINGAPORE/SYDNEY") the first. Empty when the place is unknown.
   */
  public Optional<String> codeOf(String placeName) {
    String first = placeName.split("/", 2)[0];
    return find(first).stream().filter(p -> p.kind() != Kind.DEMONYM).map(Place::code).findFirst();
  }

  /** Short English name of a country or bloc code: "United States", "South Korea", "Hong Kong", "European Union". */
  public String name(String code) {
    String name = names.get(code);
    if (name == null) {
      throw new IllegalArgumentException("not an ISO 3166-1 country code nor a bloc code: " + code);
    }
    return name;
  }

  /** Demonym adjective of a country code ("Canadian"); "" for a code that has none in the reference (blocs, AQ). */
  public String demonym(String code) {
    name(code);
    return demonyms.getOrDefault(code, "");
  }

  /**
   * Whether a name of the country or bloc has the word ("kingdom": Saudi Arabia, as the "Kingdom of Saudi Arabia";
   * "union": the EU), or, for "bloc", whether the code is a bloc's: what "the kingdom" or "the bloc" may stand for.
   */
  public boolean isCalled(String code, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("bloc") ? blocs.contains(code) : nameWords.getOrDefault(code, Set.of()).contains(lower);
  }

  /** Whether an alias as written is the name of a capital or another city ("Brussels", which also stands for the EU). */
  public boolean isCityName(String alias) {
    return cityNames.contains(alias);
  }

  /**
   * Every alias as written, of every kind (names, short forms, demonyms, capitals, cities, metonyms, blocs), but the
   * words that are also common names of people ("Jordan", "Chad", "Sydney"): words never part of a person's name.
   */
  public Set<String> wordsNeverInNames() {
    return wordsNeverInNames;
  }

  private static boolean isCurrencyMarker(String surface, List<Token> tokens, int next) {
    return next < tokens.size() && tokens.get(next).text.equals("$") && ABBREVIATION.matcher(surface).matches();
  }

  private boolean isPersonName(String surface, List<Token> tokens, int next) {
    if (next >= tokens.size() || !personNames.contains(surface.toUpperCase(Locale.ROOT))) {
      return false;
    }
    Token following = tokens.get(next);
    return following.spaceBefore && Character.isUpperCase(following.text.codePointAt(0));
  }

  private static boolean isNegated(List<Token> tokens, int first) {
    if (first < 2) {
      return false;
    }
    Token dash = tokens.get(first - 1);
    Token word = tokens.get(first - 2);
    return dash.text.equals("-")
        && !dash.spaceBefore
        && !tokens.get(first).spaceBefore
        && word.text.equalsIgnoreCase("non");
  }

  /**
   * Word tokens (runs of letters, marks and digits) and single other characters; whitespace only separates. What
   * the regex {@code [\p{L}\p{M}\p{N}]+|\S} finds, written out: it reads every character of every article, and
   * with the regex the context step took 20-30% longer on 10 KB articles (bench-size), written out 10% less.
   */
  private static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int previousEnd = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int c = text.codePointAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      int start = i;
      i += Character.charCount(c);
      if (isWordChar(c)) {
        while (i < length && isWordChar(c = text.codePointAt(i))) {
          i += Character.charCount(c);
        }
      }
      tokens.add(new Token(start, i, normalize(text.substring(start, i)), start > previousEnd));
      previousEnd = i;
    }
    return tokens;
  }

  /** What {@code \s} matches (without UNICODE_CHARACTER_CLASS). */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** A letter, mark or digit: {@code \p{L}}, {@code \p{M}} or {@code \p{N}}. */
  private static boolean isWordChar(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK, Character.ENCLOSING_MARK,
          Character.COMBINING_SPACING_MARK, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER,
          Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /** Typographic apostrophes and hyphens read as the ASCII ones, so "Côte d’Ivoire" matches "Côte d'Ivoire". */
  private static String normalize(String token) {
    if (token.length() != 1) {
      return token;
    }
    return switch (token.charAt(0)) {
      case '\u2019', '\u2018', '\u02BC' -> "'";
      case '\u2010', '\u2011' -> "-";
      default -> token;
    };
  }

  private static CountryGazetteer build() {
    List<Map<String, String>> rows = ReferenceCsv.rows(TABLE);
    Map<Kind, List<Alias>> byKind = new LinkedHashMap<>();
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new ArrayList<>());
    }
    List<String> hidden = new ArrayList<>();
    Set<String> personNames = new HashSet<>();
    Map<String, String> csvNames = new HashMap<>();
    Map<String, String> demonyms = new HashMap<>();
    Map<String, String> names = new HashMap<>();
    for (Map<String, String> row : rows) {
      String alias = row.get("alias");
      String code = row.get("country_code");
      String type = row.get("alias_type");
      if (type.equals(NOT_A_PLACE)) {
        hidden.add(alias);
        continue;
      }
      if (type.equals(PERSON_NAME)) {
        personNames.add(alias.toUpperCase(Locale.ROOT));
        continue;
      }
      Kind kind = Kind.valueOf(type.toUpperCase(Locale.ROOT));
      byKind.get(kind).add(new Alias(alias, code));
      switch (kind) {
        case NAME -> csvNames.putIfAbsent(code, alias);
        case DEMONYM -> demonyms.putIfAbsent(code, alias);
        case BLOC -> names.putIfAbsent(code, alias);
        default -> {}
      }
    }
    addIcuNames(byKind, csvNames, names);
    addTimeZoneCities(byKind.get(Kind.CITY));

    Node root = new Node();
    // Exact forms first, derived forms (no accents, "Saint", all capitals) after, so an exact alias always wins.
    for (boolean derived : new boolean[] {false, true}) {
      for (String alias : hidden) {
        insertForms(root, alias, HIDDEN, derived);
      }
      byKind.forEach(
          (kind, aliases) -> {
            for (Alias a : aliases) {
              insertForms(root, a.surface, new Entry(a.surface, a.code, kind), derived);
            }
          });
    }
    Set<String> wordsNeverInNames = new HashSet<>();
    byKind.values().forEach(list -> list.stream().map(Alias::surface)
        .filter(a -> !personNames.contains(a.toUpperCase(Locale.ROOT))).forEach(wordsNeverInNames::add));
    Set<String> cityNames = new HashSet<>();
    for (Kind kind : List.of(Kind.CAPITAL, Kind.CITY)) {
      byKind.get(kind).forEach(a -> cityNames.add(a.surface));
    }
    Map<String, Set<String>> nameWords = new HashMap<>();
    for (Kind kind : List.of(Kind.BLOC, Kind.NAME, Kind.SHORT_NAME)) {
      byKind.get(kind).forEach(a -> nameWords.computeIfAbsent(a.code, c -> new HashSet<>())
          .addAll(List.of(a.surface.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))));
    }
    nameWords.replaceAll((code, words) -> Set.copyOf(words));
    return new CountryGazetteer(
        root,
        Collections.unmodifiableMap(names),
        Collections.unmodifiableMap(demonyms),
        Collections.unmodifiableSet(personNames),
        Collections.unmodifiableSet(wordsNeverInNames),
        Collections.unmodifiableSet(cityNames),
        Collections.unmodifiableMap(nameWords),
        byKind.get(Kind.BLOC).stream().map(Alias::code).collect(Collectors.toUnmodifiableSet()));
  }

  private record Alias(String surface, String code) {}

  /**
   * English names of every ISO 3166-1 region. ICU's long form is a NAME unless it is not how English text names the
   * place ("Hong Kong SAR China", "Congo - Kinshasa", "Myanmar (Burma)"); its short form ("UK", "Hong Kong") is a
   * SHORT_NAME. The display name is the first clean one of: long form, short form, the CSV's first name row.
   */
  private static void addIcuNames(
      Map<Kind, List<Alias>> byKind, Map<String, String> csvNames, Map<String, String> names) {
    LocaleDisplayNames shortNames =
        LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.LENGTH_SHORT);
    for (String code : ULocale.getISOCountries()) {
      String full = new ULocale("", code).getDisplayCountry(ULocale.ENGLISH);
      String brief = shortNames.regionDisplayName(code);
      String display;
      if (isCleanName(full)) {
        byKind.get(Kind.NAME).add(new Alias(full, code));
        byKind.get(Kind.NAME).add(new Alias(full.replace(" & ", " and "), code));
        display = full;
      } else if (isCleanName(brief)) {
        display = brief;
      } else {
        display = csvNames.getOrDefault(code, full);
      }
      if (!brief.equals(full) && isCleanName(brief)) {
        byKind.get(Kind.SHORT_NAME).add(new Alias(brief, code));
      }
      names.put(code, display.replace(" & ", " and "));
    }
  }

  private static boolean isCleanName(String name) {
    return !name.contains("(") && !name.contains(" - ") && !name.contains(" SAR");
  }

  /**
   * ICU's English exemplar city of every canonical time zone, as a CITY of the zone's region. Antarctic stations and
   * "Town, State" forms of small US zones are left out.
   */
  private static void addTimeZoneCities(List<Alias> cities) {
    TimeZoneNames zoneNames = TimeZoneNames.getInstance(ULocale.ENGLISH);
    Set<String> zones =
        TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null);
    for (String zone : zones) {
      String region = TimeZone.getRegion(zone);
      String city = zoneNames.getExemplarLocationName(zone);
      if (city == null || city.contains(",") || region.equals("AQ") || region.length() != 2) {
        continue;
      }
      cities.add(new Alias(city, region));
    }
  }

  /** Inserts the alias as written, or (derived) its forms without accents, with "Saint" for "St." and in capitals. */
  private static void insertForms(Node root, String alias, Entry entry, boolean derived) {
    if (!derived) {
      insert(root, alias, entry);
      return;
    }
    String saint = alias.replace("St. ", "Saint ");
    String unaccented = MARKS.matcher(DECOMPOSE.normalize(alias)).replaceAll("");
    for (String form : List.of(saint, unaccented)) {
      insert(root, form, entry);
    }
    for (String form : List.of(alias, saint, unaccented)) {
      insert(root, form.toUpperCase(Locale.ROOT), entry);
    }
  }

  /** Adds the alias's token path; the first entry to claim a path keeps it. */
  private static void insert(Node root, String alias, Entry entry) {
    List<Token> tokens = tokenize(alias);
    Node node = root;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      Map<String, Node> children = i == 0 || !token.spaceBefore ? node.adjacent : node.spaced;
      node = children.computeIfAbsent(token.text, t -> new Node());
    }
    if (node.entry == null) {
      node.entry = entry;
    }
  }
}
