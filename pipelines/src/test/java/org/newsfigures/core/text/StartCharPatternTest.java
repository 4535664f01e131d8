package org.newsfigures.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class StartCharPatternTest {
  private static final List<String> WORDS = List.of("sk", "ab", "a-b", "Ba", "b");
  private static final List<String> WHITESPACE = List.of(" ", "\t", "\n", "\u000B", "\f", "\r");

  /** Patterns of each shape the project uses: lookbehinds, \b, case folding, ^ and $, empty matches. */
  private static final List<StartCharPattern> PATTERNS =
      List.of(
          StartCharPattern.ofWords("(?<![\\p{L}\\p{N}])(?:a-b|sk|ab|Ba|b)(?![\\p{L}\\p{N}])", 0, WORDS),
          StartCharPattern.ofWords(
              "(?<![\\p{L}\\p{N}])(?:(a-b)|(sk)|(ab)|(Ba)|(b))(?![\\p{L}\\p{N}])",
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
              WORDS),
          StartCharPattern.ofWords("\\b(?:sk|ab|Ba|b)\\b", Pattern.CASE_INSENSITIVE, List.of("sk", "ab", "Ba", "b")),
          StartCharPattern.ofWords("\\b(?:sk|ab)\\s+(?:b\\s+)?$", Pattern.CASE_INSENSITIVE, List.of("sk", "ab")),
          StartCharPattern.compile("(?<=[\\p{Ll}1][.])\\s+(?=\\p{Lu})", WHITESPACE).onlyAfter("."),
          StartCharPattern.compile("(?m)^-\\s*(\\p{Lu}\\p{L}*)\\s*@.*$", List.of("-")).onlyAtLineStarts(),
          StartCharPattern.compile(
              "\\b(?:(?<w>(?i:ab|ba))\\s+)?(?<n>1+)\\b", StartCharPattern.anyCase(List.of("ab", "ba")), List.of("1")),
          StartCharPattern.compile("(?=b)|a", List.of("a", "b")));

  @Property
  void findsWhatFindFinds(
      @ForAll @StringLength(max = 40)
          @Chars({'a', 'b', 'A', 'B', 's', 'S', 'k', 'K', '\u212A', '\u017F', '1'})
          @Chars({' ', '\n', '\r', '\u0085', '.', '-', '@', '_'})
          String text) {
    for (StartCharPattern pattern : PATTERNS) {
      assertEquals(Matches.viaFind(pattern.pattern(), text), Matches.viaScan(pattern, text), pattern.pattern().pattern());
    }
  }

  @Test
  void foldsCaseOfFirstCharacters() {
    StartCharPattern words =
        StartCharPattern.ofWords(
            "(?<![\\p{L}])(?:sk)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, List.of("sk"));
    assertEquals(List.of("0-2 \u017FK", "3-5 S\u212A"), Matches.viaScan(words, "\u017FK S\u212A"));
  }
}
