package org.newsfigures.core.generate;

import java.util.List;

/** A country as generated articles name it; every form is one CountryGazetteer knows. */
record Country(String name, String code, String demonym, String capital) {
  static final List<Country> ALL = List.of(
      new Country("Canada", "CA", "Canadian", "Ottawa"),
      new Country("China", "CN", "Chinese", "Beijing"),
      new Country("the United States", "US", "American", "Washington"),
      new Country("Mexico", "MX", "Mexican", "Mexico City"),
      new Country("Japan", "JP", "Japanese", "Tokyo"),
      new Country("Germany", "DE", "German", "Berlin"),
      new Country("France", "FR", "French", "Paris"),
      new Country("the United Kingdom", "GB", "British", "London"),
      new Country("South Korea", "KR", "South Korean", "Seoul"),
      new Country("India", "IN", "Indian", "New Delhi"),
      new Country("Australia", "AU", "Australian", "Canberra"));

  /** The name at the start of a sentence ("The United States"). */
  String capitalizedName() {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  String possessive() {
    return name + "’s";
  }
}
