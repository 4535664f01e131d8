package org.newsfigures.core.article;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;

/** Counts words by ICU's word rules: a word is a segment holding at least one letter or digit. */
final class WordCounter {

  int count(String text) {
    BreakIterator words = BreakIterator.getWordInstance(ULocale.ENGLISH);
    words.setText(text);
    int count = 0;
    for (int from = words.first(), to = words.next(); to != BreakIterator.DONE; from = to, to = words.next()) {
      if (hasLetterOrDigit(text, from, to)) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; ) {
      int c = text.codePointAt(i);
      if (Character.isLetterOrDigit(c)) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
