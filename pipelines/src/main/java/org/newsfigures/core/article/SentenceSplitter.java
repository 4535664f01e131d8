package org.newsfigures.core.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits an article into sentences. Each non-blank line is a paragraph, so a heading line without final
 * punctuation is a sentence of its own; within a line ICU's sentence rules apply, with English abbreviation
 * suppression ({@code en@ss=standard}, which keeps "Jan. 17" and "Mr. Jones" together).
 *
 * <p>ICU still breaks after some abbreviations, which is patched afterwards by joining the two pieces:
 *
 * <ul>
 *   <li>a title ("Dr.", "Gov.", "St.") followed by a capital or a digit: "Dr. Smith";
 *   <li>a month or number abbreviation ("Jan.", "No.") followed by a digit;
 *   <li>an initialism ("U.S.", "U.K.") followed by a capitalized word that does not usually open a sentence:
 *       "U.S. President Donald Trump" stays one sentence, "extradite Meng to the U.S. That did not happen" breaks.
 * </ul>
 *
 * <p>Sentence offsets exclude surrounding whitespace, so each sentence's text is exactly the article text between
 * its offsets.
 */
final class SentenceSplitter {
  private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");

  private static final Set<String> TITLES =
      Set.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "St", "Rev",
          "Hon", "Pres", "Mt", "Ft");
  private static final Set<String> BEFORE_NUMBERS =
      Set.of("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Fig",
          "Vol", "Art", "p", "pp");
  private static final Set<String> SENTENCE_OPENERS =
      Set.of("The", "A", "An", "That", "This", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
          "His", "Her", "Their", "Our", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "With", "As", "If",
          "When", "While", "After", "Before", "Since", "Although", "However", "Meanwhile", "There", "Here", "What",
          "Who", "Why", "How", "Still", "Then", "Now", "According", "Despite", "Under", "From", "By", "To", "Not",
          "Some", "Many", "Most", "All", "Both", "Each");
  private static final Pattern INITIALISM = Pattern.compile("(?:\\p{Lu}\\.){2,}");

  /** The article's sentences, indexed over the whole article. */
  List<Sentence> split(String text, List<Line> paragraphs) {
    BreakIterator breaks = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
    List<Sentence> sentences = new ArrayList<>();
    for (Line paragraph : paragraphs) {
      breaks.setText(paragraph.text());
      int pieceStart = -1;
      int pieceEnd = -1;
      for (int from = breaks.first(), to = breaks.next(); to != BreakIterator.DONE; from = to, to = breaks.next()) {
        int start = Whitespace.skipLeading(text, paragraph.start() + from, paragraph.start() + to);
        int end = Whitespace.trimTrailing(text, start, paragraph.start() + to);
        if (start == end) {
          continue;
        }
        if (pieceStart >= 0 && !isFalseBreak(text.substring(pieceStart, pieceEnd), text.substring(start, end))) {
          sentences.add(sentence(text, sentences.size(), paragraph, pieceStart, pieceEnd));
          pieceStart = -1;
        }
        if (pieceStart < 0) {
          pieceStart = start;
        }
        pieceEnd = end;
      }
      if (pieceStart >= 0) {
        sentences.add(sentence(text, sentences.size(), paragraph, pieceStart, pieceEnd));
      }
    }
    return List.copyOf(sentences);
  }

  private static Sentence sentence(String text, int index, Line paragraph, int start, int end) {
    return new Sentence(index, paragraph.paragraph(), start, end, text.substring(start, end));
  }

  /** Whether ICU broke after an abbreviation that does not end the sentence. */
  static boolean isFalseBreak(String before, String after) {
    if (!before.endsWith(".")) {
      return false;
    }
    String lastToken = before.substring(before.lastIndexOf(' ') + 1);
    String abbreviation = lastToken.substring(Math.max(lastToken.lastIndexOf('-'), lastToken.lastIndexOf('(')) + 1);
    String word = abbreviation.substring(0, abbreviation.length() - 1);
    String nextWord = after.split("[\\s,;:]", 2)[0];
    int next = after.codePointAt(0);
    if (TITLES.contains(word)) {
      return Character.isUpperCase(next) || Character.isDigit(next);
    }
    if (BEFORE_NUMBERS.contains(word)) {
      return Character.isDigit(next);
    }
    if (INITIALISM.matcher(abbreviation).matches()) {
      return Character.isUpperCase(next) && !SENTENCE_OPENERS.contains(nextWord);
    }
    return false;
  }
}
