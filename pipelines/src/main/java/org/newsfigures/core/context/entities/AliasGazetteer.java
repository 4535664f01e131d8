package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Finds the aliases of a fixed list of entities (organizations, regions) in text: case-sensitive, on word boundaries,
 * longest alias first. Apostrophes are matched in either form.
 */
public final class AliasGazetteer {
  private final Map<String, Entity> entitiesByAlias;
  private final StartCharPattern aliases;

  AliasGazetteer(Map<String, Entity> entitiesByAlias) {
    this.entitiesByAlias = Map.copyOf(entitiesByAlias);
    String alternation =
        entitiesByAlias.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    // Not inside a word, and not a prefix of "$" (a currency marker).
    this.aliases =
        StartCharPattern.ofWords(
            "(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}$])", 0, entitiesByAlias.keySet());
  }

  /** World and sub-national regions from regions.csv (countries and cities are {@link PlaceFinder}'s). */
  public static AliasGazetteer regions() {
    Map<String, Entity> byAlias = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("regions")) {
      String code = row.get("country_code");
      byAlias.putIfAbsent(
          row.get("alias"), new Entity(row.get("canonical_name"), EntityType.REGION, code.isEmpty() ? null : code));
    }
    return new AliasGazetteer(byAlias);
  }

  /** Organizations from organizations.csv, each alias mapped to its canonical name. */
  public static AliasGazetteer organizations() {
    Map<String, Entity> byAlias = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("organizations")) {
      byAlias.putIfAbsent(row.get("alias"), new Entity(row.get("canonical_name"), EntityType.ORGANIZATION, null));
    }
    return new AliasGazetteer(byAlias);
  }

  /** Every alias of the table, so other finders know these words are not parts of a person's name. */
  public Set<String> words() {
    return entitiesByAlias.keySet();
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
