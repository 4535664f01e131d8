package org.newsfigures.core.extract;

/** What a {@link Token} is made of. */
enum TokenKind {
  /** A run of letters ("billion", "US", "元"). */
  WORD,
  /** Digits with their grouping and decimal marks ("1,234.5", "118.7", ".08", "1e10"). */
  NUMERAL,
  /** Any other single character ("$", "%", "-", "("). */
  SYMBOL,
  /** A URL, e-mail address, @handle or #hashtag: never holds a figure. */
  OPAQUE
}
