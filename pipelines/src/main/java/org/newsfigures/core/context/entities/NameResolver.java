package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
          Entity person = person(fullName);
          for (int at = text.indexOf(shortName); at >= 0; ) {
            int end = at + shortName.length();
            if (standsAlone(text, at, end)) {
              mentions.add(new Mention(person, at, end, shortName));
              at = text.indexOf(shortName, end);
            } else {
              at = text.indexOf(shortName, at + 1);
            }
          }
        });
    return mentions;
  }

  /**
   * Whether [start, end) is a word of its own, not part of a longer word nor a handle ("@Carney"): what the regex
   * {@code (?<![\p{L}@])name(?![\p{L}])} checks, by hand, since a regex per name and article cost a quarter of
   * the extractor's time. As in java.util.regex, the character before is one UTF-16 unit, the one after a code point.
   */
  private static boolean standsAlone(String text, int start, int end) {
    if (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '@')) {
      return false;
    }
    return end == text.length() || !Character.isLetter(text.codePointAt(end));
  }

  private static Entity person(String name) {
    return new Entity(name, EntityType.PERSON, null);
  }
}
