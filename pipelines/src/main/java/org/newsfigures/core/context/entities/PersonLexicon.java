package org.newsfigures.core.context.entities;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * What marks a capitalized word as (part of) a person's name: titles, given names, East Asian family names, and
 * public figures known by their surname alone.
 *
 * @param titles person_titles.csv
 * @param givenNames person_names.csv, kind given
 * @param familyFirstNames person_names.csv, kind family_first
 * @param knownShortNames persons.csv: short name → full name, for rows that have a short name
 * @param knownFullNames persons.csv: every full name
 */
record PersonLexicon(
    List<String> titles,
    Set<String> givenNames,
    Set<String> familyFirstNames,
    Map<String, String> knownShortNames,
    List<String> knownFullNames) {

  static PersonLexicon fromReference() {
    List<Map<String, String>> names = ReferenceCsv.rows("person_names");
    Map<String, String> shortNames = new LinkedHashMap<>();
    List<Map<String, String>> persons = ReferenceCsv.rows("persons");
    persons.stream()
        .filter(row -> !row.get("short_name").isEmpty())
        .forEach(row -> shortNames.put(row.get("short_name"), row.get("name")));
    return new PersonLexicon(
        ReferenceCsv.rows("person_titles").stream().map(row -> row.get("title")).toList(),
        namesOfKind(names, "given"),
        namesOfKind(names, "family_first"),
        Map.copyOf(shortNames),
        persons.stream().map(row -> row.get("name")).toList());
  }

  private static Set<String> namesOfKind(List<Map<String, String>> rows, String kind) {
    return rows.stream().filter(row -> row.get("kind").equals(kind)).map(row -> row.get("name")).collect(Collectors.toSet());
  }

  /**
   * The word that alone refers to the person a full name names: the first word of an East Asian name written
   * family name first ("Xi" for "Xi Jinping"), else the last word ("Carney" for "Mark Carney").
   */
  String shortName(String fullName) {
    String[] words = fullName.split(" ");
    for (Map.Entry<String, String> known : knownShortNames.entrySet()) {
      if (known.getValue().equals(fullName)) {
        return known.getKey();
      }
    }
    return familyFirstNames.contains(words[0]) ? words[0] : words[words.length - 1];
  }
}
