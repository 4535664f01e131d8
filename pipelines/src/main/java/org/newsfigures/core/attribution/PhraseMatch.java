package org.newsfigures.core.attribution;

/** A phrase found in a sentence: what it stands for, the words as written, and where (UTF-16, end exclusive). */
record PhraseMatch<T>(T value, String words, int start, int end) {
  /** Characters between this match and the span [start, end); 0 when they touch or overlap. */
  int distanceTo(int spanStart, int spanEnd) {
    if (end <= spanStart) {
      return spanStart - end;
    }
    if (start >= spanEnd) {
      return start - spanEnd;
    }
    return 0;
  }
}
