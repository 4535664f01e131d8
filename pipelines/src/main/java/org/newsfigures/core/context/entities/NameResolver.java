package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the person names of one article to canonical full names. A full name stands for itself; a short name
 * ("Carney", "Xi") stands for the full name the article gives that person anywhere ("Mark Carney", "Xi Jinping"),
 * else for the public figure persons.csv knows by it ("Trump" → "Donald Trump"), else for itself. Every occurrence
 * of a resolved short name in the article is a mention, with or without a title in front.
 */
final class NameResolver {
  private final PersonLexicon lexicon;

  NameResolver(PersonLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** Person mentions of the article, possibly overlapping each other (the caller keeps the longest). */
  List<Mention> resolve(String text, List<PersonName> names) {
    Map<String, String> fullNameByShortName = new LinkedHashMap<>();
    for (PersonName name : names) {
      if (name.isFullName()) {
        fullNameByShortName.putIfAbsent(lexicon.shortName(name.name()), name.name());
      }
    }
    lexicon.knownShortNames().forEach(fullNameByShortName::putIfAbsent);

    List<Mention> mentions = new ArrayList<>();
    for (PersonName name : names) {
      String canonical = name.isFullName() ? name.name() : fullNameByShortName.getOrDefault(name.name(), name.name());
      mentions.add(new Mention(person(canonical), name.start(), name.end(), name.name()));
    }
    fullNameByShortName.forEach(
        (shortName, fullName) -> {
          Matcher m = Pattern.compile("(?<![\\p{L}@])" + Pattern.quote(shortName) + "(?![\\p{L}])").matcher(text);
          while (m.find()) {
            mentions.add(new Mention(person(fullName), m.start(), m.end(), shortName));
          }
        });
    return mentions;
  }

  private static Entity person(String name) {
    return new Entity(name, EntityType.PERSON, null);
  }
}
