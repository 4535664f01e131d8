package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds the aliases of a fixed list of entities in text: case-sensitive, on word boundaries, longest alias first.
 * Apostrophes are matched in either form, so "People's Republic of China" finds "People’s Republic of China".
 */
public final class AliasGazetteer {
  /** countries.csv alias types that name a city rather than the country. */
  private static final Set<String> CITY_ALIAS_TYPES = Set.of("capital", "city", "metonym");

  private final Map<String, Entity> entitiesByAlias;
  private final Set<String> adjectives;
  private final StartCharPattern aliases;

  /** @param adjectives words of the table that are not mentions ("Canadian"), yet never part of a person's name */
  AliasGazetteer(Map<String, Entity> entitiesByAlias, Set<String> adjectives) {
    this.entitiesByAlias = Map.copyOf(entitiesByAlias);
    this.adjectives = Set.copyOf(adjectives);
    String alternation =
        entitiesByAlias.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // Not inside a word, and not a currency prefix: "US" in "US$118.7 billion" is not a place mention.
    this.aliases =
        StartCharPattern.ofWords(
            "(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}$])", 0, entitiesByAlias.keySet());
  }

  /**
   * Countries (by name or abbreviation), cities (capitals, cities, metonyms) and regions from countries.csv, plus
   * regions.csv. Demonyms ("Canadian") are adjectives, not mentions of a place, and leaders ("Carney") are people,
   * so both are left out.
   */
  public static AliasGazetteer places() {
    Map<String, Entity> byAlias = new LinkedHashMap<>();
    Set<String> demonyms = new HashSet<>();
    Map<String, String> countryNames = new LinkedHashMap<>();
    List<Map<String, String>> countryRows = ReferenceCsv.rows("countries");
    for (Map<String, String> row : countryRows) {
      if (row.get("alias_type").equals("name")) {
        countryNames.putIfAbsent(row.get("country_code"), row.get("alias"));
      }
    }
    for (Map<String, String> row : countryRows) {
      String alias = row.get("alias");
      String code = row.get("country_code");
      String aliasType = row.get("alias_type");
      if (aliasType.equals("demonym")) {
        demonyms.add(alias);
        continue;
      }
      if (aliasType.equals("leader")) {
        // A leader stands for a government when attributing a tariff, but the name is a person's, not a place's.
        continue;
      }
      Entity entity =
          CITY_ALIAS_TYPES.contains(aliasType)
              ? new Entity(alias, EntityType.CITY, code)
              : aliasType.equals("region")
                  ? new Entity(alias, EntityType.REGION, code)
                  : new Entity(countryNames.getOrDefault(code, alias), EntityType.COUNTRY, code);
      byAlias.putIfAbsent(alias, entity);
    }
    for (Map<String, String> row : ReferenceCsv.rows("regions")) {
      String code = row.get("country_code");
      byAlias.putIfAbsent(
          row.get("alias"), new Entity(row.get("canonical_name"), EntityType.REGION, code.isEmpty() ? null : code));
    }
    return new AliasGazetteer(byAlias, demonyms);
  }

  /** Organizations from organizations.csv, each alias mapped to its canonical name. */
  public static AliasGazetteer organizations() {
    Map<String, Entity> byAlias = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("organizations")) {
      byAlias.putIfAbsent(row.get("alias"), new Entity(row.get("canonical_name"), EntityType.ORGANIZATION, null));
    }
    return new AliasGazetteer(byAlias, Set.of());
  }

  /** Every word of the table, demonyms included, so other finders know these words are not parts of a person's name. */
  public Set<String> words() {
    Set<String> words = new HashSet<>(entitiesByAlias.keySet());
    words.addAll(adjectives);
    return words;
  }

  /** Every alias occurrence in {@code text}, in text order; occurrences do not overlap each other. */
  public List<Mention> find(String text) {
    StartCharPattern.Scan found = aliases.scan(ApostropheNormalizer.normalize(text));
    List<Mention> mentions = new ArrayList<>();
    while (found.find()) {
      Matcher m = found.match();
      Entity entity = entitiesByAlias.get(m.group());
      mentions.add(new Mention(entity, m.start(), m.end(), text.substring(m.start(), m.end())));
    }
    return mentions;
  }
}
