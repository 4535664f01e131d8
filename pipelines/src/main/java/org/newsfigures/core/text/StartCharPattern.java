package org.newsfigures.core.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters its matches can start with. {@link Matcher#find()} tries the pattern at
 * every position of the text, which for a pattern opening with a lookbehind, a word boundary or an alternation of
 * many words costs tens of nanoseconds a character even where nothing can match. {@link #scan} finds exactly the
 * matches {@code find()} would, but runs the pattern only where the text holds one of those characters; and, when
 * the pattern opens with a lookbehind refusing a letter ({@code (?<![\p{L}...])}) or with {@code \b} before a
 * letter, only where no letter comes right before.
 *
 * <p>The pattern must not use {@code \G}. Immutable and safe to share between threads.
 */
public final class StartCharPattern {
  private static final Pattern LOOKBEHIND_REFUSING_LETTERS = Pattern.compile("^\\(\\?<!\\[\\\\p\\{L\\}[^\\]]*\\]\\)");

  private final Pattern pattern;
  private final BitSet starts;
  /** Whether a match never starts right after a letter. */
  private final boolean wordStart;

  private StartCharPattern(Pattern pattern, BitSet starts) {
    this.pattern = pattern;
    this.starts = starts;
    String regex = pattern.pattern();
    this.wordStart =
        LOOKBEHIND_REFUSING_LETTERS.matcher(regex).find()
            || (regex.startsWith("\\b") && starts.stream().allMatch(Character::isLetter));
  }

  /**
   * @param starts every character a match can start with, in each case it can be written: a match that starts with
   *     any other character is never found
   */
  public static StartCharPattern compile(String regex, String starts) {
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    starts.chars().forEach(set::set);
    return new StartCharPattern(Pattern.compile(regex), set);
  }

  /**
   * A pattern whose matches start with the first character of one of {@code words}: an alternation of the words,
   * say, behind a lookbehind. When {@code flags} make the pattern case-insensitive, every character with the same
   * case folding as a first character counts too.
   */
  public static StartCharPattern ofWords(String regex, int flags, Collection<String> words) {
    BitSet firsts = new BitSet(Character.MAX_VALUE + 1);
    for (String word : words) {
      char first = word.charAt(0);
      if (Character.isSurrogate(first)) {
        // Case folding may pair supplementary letters across high surrogates: let any surrogate pair start a match.
        firsts.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
      } else {
        firsts.set(first);
      }
    }
    if ((flags & Pattern.CASE_INSENSITIVE) == 0) {
      return new StartCharPattern(Pattern.compile(regex, flags), firsts);
    }
    // Unicode case folding as java.util.regex applies it with UNICODE_CASE; without it, ASCII folding, a subset.
    BitSet folded = new BitSet(Character.MAX_VALUE + 1);
    firsts.stream().forEach(c -> folded.set(fold(c)));
    BitSet set = new BitSet(Character.MAX_VALUE + 1);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (folded.get(fold(c))) {
        set.set(c);
      }
    }
    return new StartCharPattern(Pattern.compile(regex, flags), set);
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  public Pattern pattern() {
    return pattern;
  }

  public Scan scan(CharSequence text) {
    return new Scan(this, pattern.matcher(text), text);
  }

  /**
   * Whether a match may start at {@code i}. A letter before is one UTF-16 unit, as java.util.regex reads it: a
   * lookbehind or {@code \b} refuses at least that.
   */
  private boolean canStart(CharSequence text, int i) {
    return starts.get(text.charAt(i)) && !(wordStart && i > 0 && Character.isLetter(text.charAt(i - 1)));
  }

  /** The matches of the pattern in one text, in order, as {@link Matcher#find()} gives them. */
  public static final class Scan {
    private final StartCharPattern pattern;
    private final Matcher matcher;
    private final CharSequence text;
    private int next;

    private Scan(StartCharPattern pattern, Matcher matcher, CharSequence text) {
      this.pattern = pattern;
      // Transparent, non-anchoring bounds: lookarounds, \b and ^ see the whole text, as in an unbounded find().
      this.matcher = matcher.useTransparentBounds(true).useAnchoringBounds(false);
      this.text = text;
    }

    /** Moves to the next match; false when there is none. */
    public boolean find() {
      int length = text.length();
      for (int i = next; i < length; i++) {
        if (pattern.canStart(text, i) && matcher.region(i, length).lookingAt()) {
          // After an empty match find() moves on by one, so it does not find it again.
          next = matcher.end() > i ? matcher.end() : i + 1;
          return true;
        }
      }
      next = length;
      return false;
    }

    /** The matcher holding the match last found: its offsets (into the whole text) and groups are the match's. */
    public Matcher match() {
      return matcher;
    }
  }
}
