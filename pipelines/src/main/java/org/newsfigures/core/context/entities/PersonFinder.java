package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Finds spans that name a person. A capitalized word is a name only with evidence: a title before it ("Premier Li
 * Qiang", "Minister Anand"), a known given name or East Asian family name ("Anita Anand", "Meng Wanzhou"), a tweet
 * signature ("— Mark Carney (@MarkJCarney)"), or a full name from persons.csv. So sentence-initial words, weekdays
 * and a title alone ("Prime Minister") never become persons.
 */
final class PersonFinder {
  /** A capitalized name word, whole: "Carney", "LeBlanc", "McCarthy", "O’Toole", "Jae-myung"; not "APEC", not "Mc". */
  private static final String WORD = "\\p{Lu}(?:['’]\\p{Lu})?\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?(?:-\\p{L}+)?(?![\\p{L}])";
  /** Words of a name stand on one line: a time stamp's "PM" is no title for the next line's first word. */
  private static final String SPACE = "[ \\u00A0]+";
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
          "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
  private static final StartCharPattern TWEET_SIGNATURE =
      StartCharPattern.compile(
          "[—–-]\\s*(" + WORD + "(?:" + SPACE + WORD + "){1,2})\\s*\\(@\\w+\\)", List.of("—", "–", "-"));
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  // Each is run only where one of its words starts (see StartCharPattern).
  private final StartCharPattern titled;
  private final StartCharPattern nameByParts;
  private final StartCharPattern knownFullName;
  private final Set<String> notNameWords;

  /** @param placeAndOrganizationAliases words that are never part of a person's name */
  PersonFinder(PersonLexicon lexicon, Set<String> placeAndOrganizationAliases) {
    this.titled =
        StartCharPattern.ofWords(
            "(?<![\\p{L}])(?:" + alternation(lexicon.titles()) + ")" + SPACE
                + "(" + WORD + ")(?:" + SPACE + "(" + WORD + "))?",
            0,
            lexicon.titles());
    Set<String> parts = new HashSet<>(lexicon.givenNames());
    parts.addAll(lexicon.familyFirstNames());
    this.nameByParts =
        StartCharPattern.ofWords("(?<![\\p{L}])(" + alternation(parts) + ")" + SPACE + "(" + WORD + ")", 0, parts);
    this.knownFullName =
        StartCharPattern.ofWords(
            "(?<![\\p{L}])(?:" + alternation(lexicon.knownFullNames()) + ")(?![\\p{L}])", 0, lexicon.knownFullNames());
    Set<String> stop = new HashSet<>(CALENDAR_WORDS);
    stop.addAll(placeAndOrganizationAliases);
    lexicon.titles().forEach(title -> stop.addAll(List.of(title.split(" "))));
    this.notNameWords = Set.copyOf(stop);
  }

  /** Every span that names a person, in text order; spans may overlap (resolved by the caller). */
  List<PersonName> find(String text) {
    List<PersonName> names = new ArrayList<>();
    StartCharPattern.Scan titles = titled.scan(text);
    while (titles.find()) {
      Matcher m = titles.match();
      if (notNameWords.contains(m.group(1))) {
        continue;
      }
      boolean twoWords = m.group(2) != null && !notNameWords.contains(m.group(2));
      int end = twoWords ? m.end(2) : m.end(1);
      names.add(new PersonName(m.start(1), end, text.substring(m.start(1), end)));
    }
    addMatches(nameByParts.scan(text), 0, names);
    addMatches(TWEET_SIGNATURE.scan(text), 1, names);
    addMatches(knownFullName.scan(text), 0, names);
    names.sort(Comparator.comparingInt(PersonName::start));
    return names;
  }

  private void addMatches(StartCharPattern.Scan found, int group, List<PersonName> names) {
    while (found.find()) {
      Matcher m = found.match();
      String name = m.group(group);
      boolean containsNonName = Stream.of(WHITESPACE.split(name)).skip(1).anyMatch(notNameWords::contains);
      if (!containsNonName) {
        names.add(new PersonName(m.start(group), m.end(group), WHITESPACE.matcher(name).replaceAll(" ")));
      }
    }
  }

  private static String alternation(Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
