package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return new SentenceSplitter().split(text, Line.of(text)).stream().map(Sentence::text).toList();
  }

  @Test
  void initialismBeforeANameDoesNotEndTheSentence() {
    assertEquals(
        List.of("Pressure from U.S. President Donald Trump grew.", "Talks stalled."),
        sentences("Pressure from U.S. President Donald Trump grew. Talks stalled."));
  }

  @Test
  void initialismBeforeASentenceOpenerEndsTheSentence() {
    assertEquals(
        List.of("The U.S. asked that Canada extradite Meng to the U.S.", "That did not happen."),
        sentences("The U.S. asked that Canada extradite Meng to the U.S. That did not happen."));
  }

  @Test
  void monthAbbreviationKeepsItsDayButTheDayCanEndASentence() {
    assertEquals(
        List.of("The trip runs through Jan. 17.", "The visit follows a meeting."),
        sentences("The trip runs through Jan. 17. The visit follows a meeting."));
  }

  @Test
  void titlesAndLatinAbbreviationsDoNotBreak() {
    assertEquals(
        List.of("Dr. Smith met Gov. Newsom, e.g. at St. Louis.", "Mr. Jones agreed."),
        sentences("Dr. Smith met Gov. Newsom, e.g. at St. Louis. Mr. Jones agreed."));
  }

  @Test
  void quotedSentencesBreakAfterTheClosingQuote() {
    assertEquals(
        List.of("It was a “deep freeze.”", "“We will double trade.", "That means much,” she said."),
        sentences("It was a “deep freeze.” “We will double trade. That means much,” she said."));
  }

  @Test
  void headingLinesAreSentencesAndParagraphsFollowLines() {
    String text = "China urges Canada to pursue autonomy\n\nState media urged it. Beijing agrees.\n";
    List<Sentence> split = new SentenceSplitter().split(text, Line.of(text));
    assertEquals(List.of("China urges Canada to pursue autonomy", "State media urged it.", "Beijing agrees."),
        split.stream().map(Sentence::text).toList());
    assertEquals(List.of(0, 1, 1), split.stream().map(Sentence::paragraph).toList());
    assertEquals(List.of(0, 1, 2), split.stream().map(Sentence::index).toList());
  }

  @Test
  void embeddedTweetKeepsItsLinkAndItsSignatureLineIsASentence() {
    // ICU does not break before a lower-case word, so the picture link stays with the tweet's last sentence.
    assertEquals(
        List.of("Just landed in Beijing.", "We’re ready for today. pic.twitter.com/NzW4qwBQrW",
            "— Mark Carney (@MarkJCarney) January 14, 2026"),
        sentences("Just landed in Beijing.\nWe’re ready for today. pic.twitter.com/NzW4qwBQrW\n"
            + "— Mark Carney (@MarkJCarney) January 14, 2026\n"));
  }

  @Test
  void offsetsExcludeSurroundingWhitespaceIncludingNoBreakSpaces() {
    String text = "\u00a0 First one.\u00a0  Second one. \n";
    List<Sentence> split = new SentenceSplitter().split(text, Line.of(text));
    assertEquals(List.of("First one.", "Second one."), split.stream().map(Sentence::text).toList());
    assertEquals(2, split.get(0).start());
  }
}
