package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfigures.core.geo.CountryGazetteer;

/**
 * Finds every mention of a person, organization or place in an article's text. Where candidates overlap the longest
 * wins, so "Asia-Pacific Economic Cooperation" is one organization, not the region "Pacific", and "China Focus" is
 * the outlet, not the country.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class EntityRecognizer {
  private final PlaceFinder places;
  private final AliasGazetteer organizations;
  private final PersonFinder persons;
  private final NameResolver names;

  EntityRecognizer(PlaceFinder places, AliasGazetteer organizations, PersonLexicon lexicon) {
    this.places = places;
    this.organizations = organizations;
    Set<String> aliases = new HashSet<>(places.words());
    aliases.addAll(organizations.words());
    this.persons = new PersonFinder(lexicon, aliases);
    this.names = new NameResolver(lexicon);
  }

  /** Built from the reference tables under seeds/reference; reads them once. */
  public static EntityRecognizer fromReference() {
    return new EntityRecognizer(
        new PlaceFinder(CountryGazetteer.fromReference(), AliasGazetteer.regions()), AliasGazetteer.organizations(),
        PersonLexicon.fromReference());
  }

  /** Non-overlapping mentions in text order. */
  public List<Mention> recognize(String text) {
    List<Mention> candidates = new ArrayList<>(places.find(text));
    candidates.addAll(organizations.find(text));
    candidates.addAll(names.resolve(text, persons.find(text)));
    candidates.sort(
        Comparator.comparingInt(Mention::start)
            .thenComparing(Comparator.comparingInt(Mention::length).reversed())
            .thenComparing(mention -> mention.entity().type()));
    List<Mention> kept = new ArrayList<>();
    for (Mention candidate : candidates) {
      // Kept mentions are disjoint and in start order, so the last one reaches furthest right.
      if (kept.isEmpty() || !kept.get(kept.size() - 1).overlaps(candidate)) {
        kept.add(candidate);
      }
    }
    return kept;
  }
}
