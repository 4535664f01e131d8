package org.newsfigures.core.context.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsfigures.core.geo.CountryGazetteer;
import org.newsfigures.core.geo.CountryGazetteer.Place;

/**
 * Finds the places an article names, as entities: countries (the EU among them) and cities by the project's one
 * country matcher, {@link CountryGazetteer}, so that entities read "US", "U.S." and "TORONTO" by the same case,
 * "US$" and "non-U.S." rules as attribution and currency inference; world regions ("Middle East", "Arctic") and
 * sub-national ones ("Michigan") by regions.csv.
 *
 * <p>A country's entity has its short English name ("United States" for "U.S."), a city's the name as the reference
 * writes it ("Toronto" for "TORONTO"). A demonym ("Canadian") is an adjective, not a mention; a bloc other than the EU
 * ("G7", "APEC") is no place (organizations.csv names those that are organizations); a government metonym is a city
 * only when it is a city's name ("Brussels" for the EU), not when it is a building or a street ("White House").
 */
record PlaceFinder(CountryGazetteer countries, AliasGazetteer regions) {

  /** Every place mention in {@code text}: countries and cities, then regions (a region may overlap a country). */
  List<Mention> find(String text) {
    List<Mention> mentions = new ArrayList<>();
    for (Place place : countries.find(text)) {
      Entity entity = entity(place);
      if (entity != null) {
        mentions.add(new Mention(entity, place.start(), place.end(), place.surface()));
      }
    }
    mentions.addAll(regions.find(text));
    return mentions;
  }

  /** Every word of the place tables, demonyms included, but those that are also people's names ("Jordan"). */
  Set<String> words() {
    Set<String> words = new HashSet<>(countries.wordsNeverInNames());
    words.addAll(regions.words());
    return words;
  }

  private Entity entity(Place place) {
    return switch (place.kind()) {
      case NAME, SHORT_NAME, BLOC ->
          place.code().length() == 2 ? new Entity(countries.name(place.code()), EntityType.COUNTRY, place.code()) : null;
      case CAPITAL, CITY -> city(place);
      case METONYM -> countries.isCityName(place.alias()) ? city(place) : null;
      case DEMONYM -> null;
    };
  }

  private static Entity city(Place place) {
    return new Entity(place.alias(), EntityType.CITY, place.code());
  }
}
