package org.newsfigures.core.text;

import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression with the characters its matches can start with. {@link Matcher#find()} tries the pattern at
 * every position of the text, which for a pattern opening with a lookbehind, a word boundary or an alternation of
 * many words costs tens of nanoseconds a character even where nothing can match. {@link #scan} finds exactly the
 * matches {@code find()} would, but runs the pattern only where a match can start: where the text holds one of those
 * characters; for a pattern of words, followed by a character a word can go on with; and, when the pattern opens with
 * a lookbehind refusing a letter ({@code (?<![\p{L}...])}) or with {@code \b} before a letter, where no letter comes
 * right before.
 *
 * <p>The pattern must not use {@code \G}. Immutable and safe to share between threads.
 */
public final class StartCharPattern {
  private static final Pattern LOOKBEHIND_REFUSING_LETTERS = Pattern.compile("^\\(\\?<!\\[\\\\p\\{L\\}[^\\]]*\\]\\)");
  private static final int CHARS = Character.MAX_VALUE + 1;

  private final Pattern pattern;
  private final BitSet starts;
  /** Whether a match never starts right after a letter. */
  private final boolean wordStart;
  /** For a pattern of words, the first two characters they start with, by {@link #pair}; else null. */
  private final BitSet pairs;
  /** First characters of words that may go on with any character (one-character words). */
  private final BitSet anySecond;

  private StartCharPattern(Pattern pattern, BitSet starts, BitSet pairs, BitSet anySecond) {
    this.pattern = pattern;
    this.starts = starts;
    this.pairs = pairs;
    this.anySecond = anySecond;
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
    BitSet set = new BitSet(CHARS);
    starts.chars().forEach(set::set);
    return new StartCharPattern(Pattern.compile(regex), set, null, null);
  }

  /**
   * A pattern whose every match begins with one of {@code words}: an alternation of the words, say, behind a
   * lookbehind. Give each spelling a match can begin with ("People's", "People’s"); when {@code flags} make the
   * pattern case-insensitive, other cases of the words count too, by Unicode case folding (as java.util.regex
   * applies it with UNICODE_CASE; without it, the ASCII folding it does is a part of that).
   */
  public static StartCharPattern ofWords(String regex, int flags, Collection<String> words) {
    IntFunction<String> spellings =
        (flags & Pattern.CASE_INSENSITIVE) == 0 ? c -> String.valueOf((char) c) : caseVariants();
    BitSet starts = new BitSet(CHARS);
    BitSet pairs = new BitSet(CHARS);
    BitSet anySecond = new BitSet(CHARS);
    for (String word : words) {
      char first = word.charAt(0);
      if (Character.isSurrogate(first)) {
        // Case folding may pair supplementary letters across high surrogates: let any surrogate start a match.
        starts.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
        anySecond.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
        continue;
      }
      String firsts = spellings.apply(first);
      firsts.chars().forEach(starts::set);
      if (word.length() == 1 || Character.isSurrogate(word.charAt(1))) {
        firsts.chars().forEach(anySecond::set);
        continue;
      }
      String seconds = spellings.apply(word.charAt(1));
      firsts.chars().forEach(f -> seconds.chars().forEach(s -> pairs.set(pair(f, s))));
    }
    return new StartCharPattern(Pattern.compile(regex, flags), starts, pairs, anySecond);
  }

  /** Every character with the same case folding as the given one, the given one included. */
  private static IntFunction<String> caseVariants() {
    Map<Integer, StringBuilder> byFolding = new HashMap<>();
    for (int c = 0; c < CHARS; c++) {
      byFolding.computeIfAbsent(fold(c), f -> new StringBuilder()).append((char) c);
    }
    return c -> byFolding.get(fold(c)).toString();
  }

  private static int fold(int c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Two characters as an index into a bit set: exact for ASCII, and a harmless collision now and then beyond. */
  private static int pair(int first, int second) {
    return ((first << 7) ^ second) & Character.MAX_VALUE;
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
    char first = text.charAt(i);
    if (!starts.get(first) || (wordStart && i > 0 && Character.isLetter(text.charAt(i - 1)))) {
      return false;
    }
    if (pairs == null || anySecond.get(first)) {
      return true;
    }
    return i + 1 < text.length() && pairs.get(pair(first, text.charAt(i + 1)));
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
