package org.newsfigures.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The two rules of {@link ClauseSplitter}: attribution's clauses (where one government acts) and time's. */
class ClauseSplitterTest {

  /** The clause holding the first occurrence of {@code at} in {@code text}. */
  private static String clause(ClauseSplitter splitter, String text, String at) {
    int from = text.indexOf(at);
    int[] span = splitter.around(text, from, from + at.length());
    return text.substring(span[0], span[1]);
  }

  @Test
  void actorsSplitAtSemicolonsAndConnectives() {
    String twoGovernments = "Ottawa imposed a 25 per cent duty on steel, while Beijing responded with a 10% levy.";
    assertEquals("Ottawa imposed a 25 per cent duty on steel", clause(ClauseSplitter.ACTORS, twoGovernments, "25"));
    assertEquals("Beijing responded with a 10% levy.", clause(ClauseSplitter.ACTORS, twoGovernments, "10%"));
    assertEquals("exports fell 2%", clause(ClauseSplitter.ACTORS, "Imports rose 3%; exports fell 2%", "2%"));
    // Connectives in any case, with or without a comma.
    assertEquals("Washington raised its tariff to 50%",
        clause(ClauseSplitter.ACTORS, "Washington raised its tariff to 50% BECAUSE Ottawa retaliated", "50%"));
  }

  @Test
  void actorsSplitBeforeAParticipleOfConsequence() {
    String s = "Exports to Peru fell 4% to $2.0 billion, narrowing the trade surplus to $0.3 billion.";
    assertEquals("Exports to Peru fell 4% to $2.0 billion", clause(ClauseSplitter.ACTORS, s, "$2.0"));
    assertEquals("narrowing the trade surplus to $0.3 billion.", clause(ClauseSplitter.ACTORS, s, "$0.3"));
    // Other participles ("according to", "including") stay in the clause.
    String source = "Exports rose 4%, according to customs data.";
    assertEquals(source, clause(ClauseSplitter.ACTORS, source, "4%"));
  }

  @Test
  void actorsKeepAndInOneClause() {
    String sentence = "Ottawa imposed a 100% tariff on cars, and a 25% duty on steel.";
    assertEquals(sentence, clause(ClauseSplitter.ACTORS, sentence, "25%"));
  }

  @Test
  void actorsEndAtSentencesLeftJoined() {
    String joined = "Exports rose 5% in 2024. Meanwhile, the U.S. President raised tariffs by 10%.";
    assertEquals("Exports rose 5% in 2024.", clause(ClauseSplitter.ACTORS, joined, "5%"));
    // "U.S. President" is no sentence end: a capital after an abbreviation's point.
    assertEquals("Meanwhile, the U.S. President raised tariffs by 10%.", clause(ClauseSplitter.ACTORS, joined, "10%"));
    int[] second = ClauseSplitter.sentenceAround(joined, joined.indexOf("10%"));
    assertEquals("Meanwhile, the U.S. President raised tariffs by 10%.", joined.substring(second[0], second[1]));
  }

  @Test
  void periodsSplitAtSemicolonsAndCommaConjunctions() {
    assertEquals(" exports fell", clause(ClauseSplitter.PERIODS, "Imports rose 3% in 2024; exports fell", "exports"));
    String andAsOf = "1.8 million residents are of Chinese origin, and as of 2024, 100,000 study here.";
    assertEquals("1.8 million residents are of Chinese origin", clause(ClauseSplitter.PERIODS, andAsOf, "1.8"));
    // A conjunction before a participle continues the clause, which shares its period.
    String participle = "Mexico imported $129.9 billion in 2024, while exporting just $8.6 billion.";
    assertEquals(participle, clause(ClauseSplitter.PERIODS, participle, "$8.6 billion"));
  }

  @Test
  void periodsSplitBeforeAnotherEventButNotBeforeAMonth() {
    String event = "Exports rose 4% in 2024 before Trump raised tariffs to 50% this year.";
    assertEquals("Exports rose 4% in 2024", clause(ClauseSplitter.PERIODS, event, "4%"));
    assertEquals("Trump raised tariffs to 50% this year.", clause(ClauseSplitter.PERIODS, event, "50%"));
    String month = "Exports rose 4% before March and fell after.";
    assertEquals(month, clause(ClauseSplitter.PERIODS, month, "4%"));
    // Attribution splits at "before" whatever follows.
    assertEquals("Exports rose 4%", clause(ClauseSplitter.ACTORS, month, "4%"));
  }

  @Test
  void periodsKeepARelativeClauseApart() {
    String text = "Aluminum exports, which reached $16.4 billion in 2024, have held up better in 2025.";
    assertEquals(", which reached $16.4 billion in 2024", clause(ClauseSplitter.PERIODS, text, "$16.4 billion"));
    assertEquals(text, clause(ClauseSplitter.PERIODS, text, "2025"));
    assertEquals("Aluminum exports,, have held up better in 2025.",
        ClauseSplitter.withoutRelativeClauses(text, 0, text.length()));
    int year = text.indexOf("2024");
    int figure = text.indexOf("held");
    assertTrue(ClauseSplitter.inOtherRelativeClause(text, year, year + 4, figure, figure + 4));
    int amount = text.indexOf("$16.4");
    assertFalse(ClauseSplitter.inOtherRelativeClause(text, year, year + 4, amount, amount + 13));
  }

  @Test
  void aTextWithoutBoundariesIsOneClause() {
    String text = "Trade reached $9 billion";
    assertEquals(text, clause(ClauseSplitter.ACTORS, text, "$9"));
    assertEquals(text, clause(ClauseSplitter.PERIODS, text, "$9"));
  }
}
