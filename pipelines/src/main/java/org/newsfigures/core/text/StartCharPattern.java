package org.newsfigures.core.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A regular expression with what its matches can begin with. {@link Matcher#find()} tries the pattern at every
 * position of the text, which for a pattern opening with a lookbehind, a word boundary or an alternation of many
 * words costs tens of nanoseconds a character even where nothing can match. {@link #scan} finds exactly the matches
 * {@code find()} would, but runs the pattern only where a match can start: where the text holds the first two
 * characters of one of the beginnings (the first alone for a one-character beginning); when the pattern opens with a
 * lookbehind refusing a letter ({@code (?<![\p{L}...])}) or with {@code \b} before a letter, where no letter comes
 * right before; and, when it is told so, after one of the characters its lookbehind demands ({@link #onlyAfter}) or
 * at the start of a line ({@link #onlyAtLineStarts}).
 *
 * <p>The pattern must not use {@code \G}. Immutable and safe to share between threads.
 */
public final class StartCharPattern {
  private static final Pattern LOOKBEHIND_REFUSING_LETTERS = Pattern.compile("^\\(\\?<!\\[\\\\p\\{L\\}[^\\]]*\\]\\)");
  private static final int CHARS = Character.MAX_VALUE + 1;

  private final Pattern pattern;
  /** The characters a match can start with. */
  private final BitSet starts;
  /** Pairs of first and second characters a match can start with, by {@link #pair}. */
  private final BitSet pairs;
  /** First characters that any character may follow (of one-character beginnings). */
  private final BitSet anySecond;
  /** Whether a match never starts right after a letter. */
  private final boolean wordStart;
  /** The characters that may come right before a match; null when any may. */
  private final BitSet before;
  /** Whether, when {@link #before} is set, a match may also start at the start of the text. */
  private final boolean atStart;

  private StartCharPattern(
      Pattern pattern, BitSet starts, BitSet pairs, BitSet anySecond, BitSet before, boolean atStart) {
    this.pattern = pattern;
    this.starts = starts;
    this.pairs = pairs;
    this.anySecond = anySecond;
    this.before = before;
    this.atStart = atStart;
    String regex = pattern.pattern();
    this.wordStart =
        LOOKBEHIND_REFUSING_LETTERS.matcher(regex).find()
            || (regex.startsWith("\\b") && starts.stream().allMatch(Character::isLetter));
  }

  /**
   * A pattern whose every match begins with one of {@code beginnings}, as written (see {@link #anyCase} for words
   * the pattern matches in any case). A beginning may be one character ("1"), or more ("Jan", "19"), of which the
   * first two count.
   */
  @SafeVarargs
  public static StartCharPattern compile(String regex, List<String>... beginnings) {
    return of(Pattern.compile(regex), Stream.of(beginnings).flatMap(List::stream).toList());
  }

  /**
   * A pattern whose every match begins with one of {@code words}: an alternation of the words, say, behind a
   * lookbehind. Give each spelling a match can begin with ("People's", "People’s"); when {@code flags} make the
   * pattern case-insensitive, other cases of the words count too.
   */
  public static StartCharPattern ofWords(String regex, int flags, Collection<String> words) {
    boolean foldsCase = (flags & Pattern.CASE_INSENSITIVE) != 0;
    return of(Pattern.compile(regex, flags), foldsCase ? anyCase(words) : words);
  }

  /**
   * The words as beginnings in any case: each with its first two characters in every case that has the same Unicode
   * case folding (as java.util.regex folds with UNICODE_CASE; its ASCII folding without it is a part of that). Only
   * the first two characters of a beginning count, so only theirs are varied.
   */
  public static List<String> anyCase(Collection<String> words) {
    List<String> variants = new ArrayList<>();
    for (String word : words) {
      String firsts = CaseVariants.of(word.charAt(0));
      String seconds = word.length() > 1 ? CaseVariants.of(word.charAt(1)) : "";
      String rest = word.substring(Math.min(2, word.length()));
      for (char first : firsts.toCharArray()) {
        if (seconds.isEmpty()) {
          variants.add(first + rest);
        }
        for (char second : seconds.toCharArray()) {
          variants.add("" + first + second + rest);
        }
      }
    }
    return variants;
  }

  private static StartCharPattern of(Pattern pattern, Collection<String> beginnings) {
    BitSet starts = new BitSet(CHARS);
    BitSet pairs = new BitSet(CHARS);
    BitSet anySecond = new BitSet(CHARS);
    for (String beginning : beginnings) {
      char first = beginning.charAt(0);
      if (Character.isSurrogate(first)) {
        // Case folding may pair supplementary letters across high surrogates: let any surrogate start a match.
        starts.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
        anySecond.set(Character.MIN_SURROGATE, Character.MAX_SURROGATE + 1);
        continue;
      }
      starts.set(first);
      if (beginning.length() == 1 || Character.isSurrogate(beginning.charAt(1))) {
        anySecond.set(first);
      } else {
        pairs.set(pair(first, beginning.charAt(1)));
      }
    }
    return new StartCharPattern(pattern, starts, pairs, anySecond, null, false);
  }

  /**
   * This pattern, known to match only right after one of the characters {@code before}, as a lookbehind such as
   * {@code (?<=[.!?])} demands: a position after any other character, or at the start, is not tried.
   */
  public StartCharPattern onlyAfter(String before) {
    return after(before, false);
  }

  /**
   * This pattern, known to match only at the start of a line, as {@code (?m)^} demands: at the start of the text or
   * right after a line terminator.
   */
  public StartCharPattern onlyAtLineStarts() {
    return after("\n\r\u0085\u2028\u2029", true);
  }

  private StartCharPattern after(String before, boolean atStart) {
    BitSet set = new BitSet(CHARS);
    before.chars().forEach(set::set);
    return new StartCharPattern(pattern, starts, pairs, anySecond, set, atStart);
  }

  /** Every character with the same Unicode case folding as a given one; built once, on first use. */
  private static final class CaseVariants {
    private static final Map<Integer, String> BY_FOLDING = byFolding();

    static String of(int c) {
      return BY_FOLDING.get(fold(c));
    }

    private static Map<Integer, String> byFolding() {
      Map<Integer, StringBuilder> variants = new HashMap<>();
      for (int c = 0; c < CHARS; c++) {
        variants.computeIfAbsent(fold(c), f -> new StringBuilder()).append((char) c);
      }
      Map<Integer, String> byFolding = new HashMap<>();
      variants.forEach((folding, chars) -> byFolding.put(folding, chars.toString()));
      return byFolding;
    }

    private static int fold(int c) {
      return Character.toLowerCase(Character.toUpperCase(c));
    }
  }

  /** Two characters as an index into a bit set: exact for ASCII, and a harmless collision now and then beyond. */
  private static int pair(int first, int second) {
    return ((first << 7) ^ second) & Character.MAX_VALUE;
  }

  public Pattern pattern() {
    return pattern;
  }

  public Scan scan(String text) {
    return new Scan(this, text);
  }

  /**
   * Whether a match may start at {@code i}. A letter before is one UTF-16 unit, as java.util.regex reads it: a
   * lookbehind or {@code \b} refuses at least that.
   */
  private boolean canStart(String text, int i) {
    char first = text.charAt(i);
    if (!starts.get(first)
        || (wordStart && i > 0 && Character.isLetter(text.charAt(i - 1)))
        || (before != null && (i == 0 ? !atStart : !before.get(text.charAt(i - 1))))) {
      return false;
    }
    return anySecond.get(first) || (i + 1 < text.length() && pairs.get(pair(first, text.charAt(i + 1))));
  }

  /** The matches of the pattern in one text, in order, as {@link Matcher#find()} gives them. */
  public static final class Scan {
    private final StartCharPattern pattern;
    private final String text;
    /** Made at the first position worth trying: most texts have none for most patterns. */
    private Matcher matcher;
    private int next;

    private Scan(StartCharPattern pattern, String text) {
      this.pattern = pattern;
      this.text = text;
    }

    /** Moves to the next match; false when there is none. */
    public boolean find() {
      int length = text.length();
      for (int i = next; i < length; i++) {
        if (pattern.canStart(text, i) && matcher().region(i, length).lookingAt()) {
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

    private Matcher matcher() {
      if (matcher == null) {
        // Transparent, non-anchoring bounds: lookarounds, \b and ^ see the whole text, as in an unbounded find().
        matcher = pattern.pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      return matcher;
    }
  }
}
