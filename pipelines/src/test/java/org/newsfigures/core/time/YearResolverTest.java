package org.newsfigures.core.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.article.Sentence;

/** The rules of {@link YearResolver}, one sentence shape each. */
class YearResolverTest {
  private static final YearResolver RESOLVER = new YearResolver();

  /** Year of {@code figure} in the last sentence; sentences separated by '|' share a paragraph, '¶' starts one. */
  private static Integer yearOf(String figure, String paragraphs) {
    return yearOf(figure, paragraphs, null);
  }

  private static Integer yearOf(String figure, String paragraphs, LocalDate published) {
    List<Sentence> sentences = new ArrayList<>();
    int paragraph = 0;
    for (String block : paragraphs.split("¶")) {
      for (String text : block.split("\\|")) {
        sentences.add(new Sentence(sentences.size(), paragraph, 0, text.length(), text.strip()));
      }
      paragraph++;
    }
    Sentence last = sentences.get(sentences.size() - 1);
    int at = last.text().indexOf(figure);
    return RESOLVER.resolve(sentences, last.index(), at, at + figure.length(), published);
  }

  @Test
  void governingWords() {
    assertEquals(2024, yearOf("5%", "Exports rose 5% in 2024."));
    assertEquals(2023, yearOf("$2 billion", "Sales for 2023 were $2 billion."));
    assertEquals(2023, yearOf("$2 billion", "Sales during fiscal 2023 reached $2 billion."));
    assertEquals(2025, yearOf("3%", "Growth slowed to 3% in late 2025."));
    assertEquals(2035, yearOf("$50 billion", "Canada aims for $50 billion by 2035."));
    assertEquals(2024, yearOf("12%", "Unemployment was 12% by the end of 2024."));
    assertEquals(2024, yearOf("$9 billion", "Trade reached $9 billion 2024 figures show."));
  }

  @Test
  void startPointsEventDaysAndBareYearsAreIgnored() {
    assertNull(yearOf("4%", "Prices are up 4% since 2022."));
    assertNull(yearOf("4%", "Prices rose 4% from 2020 to 2024."));
    assertNull(yearOf("4%", "On Jan. 14, 2026, officials cut tariffs by 4%."));
    assertNull(yearOf("4%", "The 2018 arrest cut trade by 4%."));
    assertNull(yearOf("4%", "Prices rose 4% since the start of 2022."));
  }

  @Test
  void closestYearInTheSameClauseWins() {
    assertEquals(2025, yearOf("10.4 percent", "Exports fell by 10.4 percent in 2025, to $41.7 billion, the lowest since 2022."));
    assertEquals(2023, yearOf("7%", "Imports rose 3% in 2022 and 7% in 2023."));
    assertNull(yearOf("1.8 million", "1.8 million residents are of Chinese origin, and as of 2024, 100,000 study here."));
  }

  @Test
  void anOpeningAdverbialFramesTheWholeSentence() {
    assertEquals(2024, yearOf("3%", "In 2024, exports rose 5%, and imports fell 3%."));
  }

  @Test
  void thatYearTakesTheYearOfTheEarlierSentenceInTheParagraph() {
    assertEquals(2024, yearOf("4%", "The US bought 75% in 2024.|China took 4% that year."));
    assertEquals(2024, yearOf("4%", "Trade grew in 2018.|It doubled in 2024.|Nothing else.|China took 4% the same year."));
    assertNull(yearOf("4%", "The US bought 75% in 2024.¶China took 4% that year."));
  }

  @Test
  void aContinuingConnectiveInheritsTheSingleYearOfThePreviousSentence() {
    assertEquals(2024, yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|However, imports were $88.8 billion."));
    assertNull(yearOf("$88.8 billion", "Trade grew in 2023 and in 2024.|However, imports were $88.8 billion."));
    assertNull(yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.¶However, imports were $88.8 billion."));
    assertNull(yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|However, imports since 2020 were $88.8 billion."));
  }

  @Test
  void relativeYearsCountFromThePublishedDate() {
    LocalDate published = LocalDate.of(2026, 1, 16);
    assertEquals(2025, yearOf("5%", "Exports rose 5% last year.", published));
    assertEquals(2026, yearOf("5%", "Exports should rise 5% this year.", published));
    assertEquals(2027, yearOf("$2 billion", "The plan adds $2 billion next year’s budget.", published));
    assertNull(yearOf("5%", "Exports rose 5% last year."), "no published date: not resolved");
    assertEquals(2024, yearOf("5%", "Exports rose 5% in 2024, up from last year.", published), "an explicit year wins");
  }

  @Test
  void aParagraphThatStaysOnOnePeriodCarriesItsYear() {
    // Issue 3: carry-over when the paragraph stays on one period.
    assertEquals(2024, yearOf("$88.8 billion", "Trade totalled $118.7 billion in 2024.|Imports were $88.8 billion."));
    assertEquals(2024, yearOf("4%", "Exports rose in 2024.|Nothing changed.|Imports fell 4%."));
    assertNull(yearOf("4%", "Exports rose in 2023.|They fell in 2024.|Imports fell 4%."), "two periods");
    assertNull(yearOf("4%", "Exports rose in 2024.¶Imports fell 4%."), "another paragraph");
    assertNull(yearOf("4%", "Exports rose in 2024.|They fell last year.|Imports fell 4%.", LocalDate.of(2026, 1, 1)),
        "a relative year is a second period");
    assertNull(yearOf("4%", "Exports rose 3% since 2020.|Imports fell 4%."), "a start point names no period");
  }
}
