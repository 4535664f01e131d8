package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class SentenceOffsetsPropertyTest {

  @Property
  void sentencesAreExactOrderedDisjointSubstrings(
      @ForAll @StringLength(max = 300) @Chars({'a', 'B', '1', '.', '?', '!', ' ', '\n', '\u00a0', '“', '”', '-'})
          @Chars({'U', 'S', 'J', 'n'})
          String prose,
      @ForAll @StringLength(max = 60) String anything) {
    for (String text : List.of(prose, anything.replaceAll("\\r\\n?", "\n"))) {
      List<Sentence> sentences = new SentenceSplitter().split(text, Line.of(text));
      int previousEnd = 0;
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        assertEquals(i, s.index());
        assertTrue(s.start() >= previousEnd && s.start() < s.end(), s.toString());
        assertEquals(text.substring(s.start(), s.end()), s.text());
        previousEnd = s.end();
      }
    }
  }
}
