package org.newsfigures.core.attribution;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds the countries a sentence names (names, demonyms, capitals, metonyms, leaders of seeds/reference/countries.csv)
 * and the role each plays. Names of statistical sources ("China customs data") are not mentions: they say who
 * counted, not what was counted. "non-U.S." is not a mention of the US, nor is the "US" of "US$".
 */
public final class CountryMentions {
  /** Prepositions after which a country is the partner or target ("exports to", "imports from", "a tariff on"). */
  private static final List<String> OBJECT_PREPOSITIONS =
      List.of("to", "from", "on", "against", "in", "into", "toward", "towards", "with");
  /** "a deficit with China" makes China the partner; "with Canadian imports" leaves the adjective its owner's. */
  private static final Pattern WITH_BEFORE = Pattern.compile("(?i)\\bwith\\s+$");
  private static final StartCharPattern OBJECT_BEFORE =
      StartCharPattern.ofWords(
          "\\b(?:" + String.join("|", OBJECT_PREPOSITIONS) + ")\\s+(?:the\\s+)?$",
          Pattern.CASE_INSENSITIVE,
          OBJECT_PREPOSITIONS);
  private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\b");
  private static final Pattern NEGATED_BEFORE = Pattern.compile("(?i)non-$");
  /** "non-" then at most a line break ("\r\n") before a mention: where a NEGATED_BEFORE match must start. */
  private static final int NEGATED_LOOKBACK = 6;
  /** "US$", "US $": a currency marker, not the country. */
  private static final Pattern CURRENCY_AFTER = Pattern.compile("^\\s?\\$");

  private final PhraseTable<String> aliases;
  private final Set<String> demonyms;
  private final PhraseTable<String> sources;
  private final Map<String, String> nameByCode;
  private final Map<String, String> demonymByCode;

  private CountryMentions(List<Map<String, String>> countries, List<Map<String, String>> dataSources) {
    this.aliases =
        new PhraseTable<>(countries.stream().collect(Collectors.toMap(r -> r.get("alias"), r -> r.get("country_code"))), true);
    this.demonyms =
        countries.stream().filter(r -> "demonym".equals(r.get("alias_type"))).map(r -> r.get("alias")).collect(Collectors.toSet());
    this.sources =
        new PhraseTable<>(dataSources.stream().collect(Collectors.toMap(r -> r.get("pattern"), r -> r.get("name"))), false);
    this.nameByCode = firstAliasOfType(countries, "name");
    this.demonymByCode = firstAliasOfType(countries, "demonym");
  }

  public static CountryMentions fromReference() {
    return new CountryMentions(ReferenceCsv.rows("countries"), ReferenceCsv.rows("data_sources"));
  }

  private static Map<String, String> firstAliasOfType(List<Map<String, String>> rows, String type) {
    return rows.stream()
        .filter(r -> type.equals(r.get("alias_type")))
        .collect(Collectors.toMap(r -> r.get("country_code"), r -> r.get("alias"), (first, later) -> first, TreeMap::new));
  }

  /** Countries named in {@code sentence}, in order of position; null gives none. */
  public List<CountryMention> find(String sentence) {
    if (sentence == null) {
      return List.of();
    }
    List<PhraseMatch<String>> named = aliases.find(sentence);
    if (named.isEmpty()) {
      return List.of();
    }
    List<PhraseMatch<String>> sourceNames = sources.find(sentence);
    return named.stream()
        .filter(m -> sourceNames.stream().noneMatch(s -> s.start() <= m.start() && m.end() <= s.end()))
        .filter(m -> !negated(sentence, m.start()))
        .filter(m -> !startsWith(CURRENCY_AFTER, sentence, m.end()))
        .map(m -> new CountryMention(m.value(), m.words(), m.start(), m.end(), role(sentence, m), demonyms.contains(m.words())))
        .toList();
  }

  /** Whether "non-" comes right before {@code at}: NEGATED_BEFORE on the text before it, whose end alone counts. */
  private static boolean negated(String sentence, int at) {
    return NEGATED_BEFORE.matcher(sentence).region(Math.max(0, at - NEGATED_LOOKBACK), at).find();
  }

  /** Whether the text from {@code at} on matches {@code after}, an anchored pattern, as its substring would. */
  private static boolean startsWith(Pattern after, String sentence, int at) {
    return after.matcher(sentence).region(at, sentence.length()).lookingAt();
  }

  private CountryMention.Role role(String sentence, PhraseMatch<String> m) {
    String before = sentence.substring(0, m.start());
    boolean demonym = demonyms.contains(m.words());
    if (OBJECT_BEFORE.scan(before).find() && !(demonym && WITH_BEFORE.matcher(before).find())) {
      return CountryMention.Role.OBJECT;
    }
    if (demonym || startsWith(POSSESSIVE_AFTER, sentence, m.end())) {
      return CountryMention.Role.OWNER;
    }
    return CountryMention.Role.ACTOR;
  }

  /** The country's short name for explanations ("Canada"), or the code when the table has none. */
  public String name(String code) {
    return nameByCode.getOrDefault(code, code);
  }

  /** The country's adjective ("Canadian"), or its name when the table has none. */
  public String demonym(String code) {
    return demonymByCode.getOrDefault(code, name(code));
  }

  /** The first country named in {@code text}, source names included ("China customs data" → CN); null if none. */
  public String firstCountryIn(String text) {
    return aliases.find(text).stream().map(PhraseMatch::value).findFirst().orElse(null);
  }

  /** The statistical sources a sentence names ("China customs data (General Administration of Customs)"). */
  public List<String> sourcesNamed(String sentence) {
    return sentence == null ? List.of() : sources.find(sentence).stream().map(PhraseMatch::value).distinct().toList();
  }
}
