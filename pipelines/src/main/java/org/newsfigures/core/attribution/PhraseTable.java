package org.newsfigures.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.text.StartCharPattern;

/**
 * Phrases of a reference table compiled into one pattern, matched on word boundaries, longest phrase first so
 * "electric vehicles" wins over "vehicles" and "American" over "America". A "…" inside a phrase stands for up to 40
 * characters that do not end a clause, so a phrase cannot start with one.
 */
final class PhraseTable<T> {
  /**
   * Up to 40 characters that do not end a clause; a decimal point ("$1.6 billion") does not, nor the point after a
   * single capital ("U.S.").
   */
  private static final String GAP = "(?:[^.;:!?]|(?<=\\d)\\.(?=\\d)|(?<=(?<!\\p{L})\\p{Lu})\\.){0,40}?";

  private final StartCharPattern pattern;
  private final Map<String, T> valueByPhrase;
  private final List<String> phrases;
  /**
   * For a case-insensitive table with no "…" (products, currency names): its phrases by their first character,
   * lowercase, longest first. Scanning these costs what a match costs; trying a regular expression of hundreds of
   * alternatives at every word start cost most of attribution's time. Null for other tables.
   */
  private final Map<Character, List<String>> literalsByFirst;

  PhraseTable(Map<String, T> valueByPhrase, boolean caseSensitive) {
    this.phrases =
        valueByPhrase.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(p -> p)).toList();
    this.valueByPhrase = Map.copyOf(valueByPhrase);
    this.literalsByFirst = caseSensitive || phrases.stream().anyMatch(p -> p.contains("…") || !p.equals(p.strip()))
        ? null
        : phrases.stream().collect(Collectors.groupingBy(p -> Character.toLowerCase(p.charAt(0)), HashMap::new,
            Collectors.toList()));
    String alternatives =
        phrases.stream()
            .map(p -> "(" + List.of(p.split("…", -1)).stream().map(PhraseTable::quote).collect(Collectors.joining(GAP)) + ")")
            .collect(Collectors.joining("|"));
    this.pattern =
        StartCharPattern.ofWords(
            "(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
            caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE,
            leadingWords(phrases));
  }

  /** Every spelling a match begins with: a phrase's text before any "…", each apostrophe straight or curly. */
  private static List<String> leadingWords(List<String> phrases) {
    List<String> words = new ArrayList<>();
    for (String phrase : phrases) {
      String leading = phrase.split("…", -1)[0].strip();
      if (leading.isEmpty()) {
        throw new IllegalArgumentException("a phrase starts with a gap: " + phrase);
      }
      List<String> spellings = List.of("");
      for (char c : leading.toCharArray()) {
        List<String> longer = new ArrayList<>();
        for (String spelling : spellings) {
          longer.add(spelling + c);
          if (c == '\'') {
            longer.add(spelling + '’');
          }
        }
        spellings = longer;
      }
      words.addAll(spellings);
    }
    return words;
  }

  /** Apostrophes are written straight or curly; match both. */
  private static String quote(String text) {
    return Pattern.quote(text.strip()).replace("'", "\\E['’]\\Q");
  }

  /** Non-overlapping matches in order of position. */
  List<PhraseMatch<T>> find(String text) {
    if (literalsByFirst != null) {
      return findLiterals(text);
    }
    List<PhraseMatch<T>> found = new ArrayList<>();
    StartCharPattern.Scan scan = pattern.scan(text);
    while (scan.find()) {
      Matcher m = scan.match();
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          found.add(new PhraseMatch<>(valueByPhrase.get(phrases.get(g - 1)), m.group(g), m.start(), m.end()));
          break;
        }
      }
    }
    return found;
  }

  /** What {@link #find} finds for a table of literal phrases: the longest phrase at the first place one starts. */
  private List<PhraseMatch<T>> findLiterals(String text) {
    List<PhraseMatch<T>> found = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      List<String> candidates = literalsByFirst.get(Character.toLowerCase(text.charAt(i)));
      String matched = null;
      if (candidates != null && (i == 0 || !isLetterOrDigit(text.codePointBefore(i)))) {
        for (String phrase : candidates) {
          int end = i + phrase.length();
          if (end <= text.length() && sameWords(text, i, phrase)
              && (end == text.length() || !isLetterOrDigit(text.codePointAt(end)))) {
            matched = phrase;
            break;
          }
        }
      }
      if (matched == null) {
        i++;
        continue;
      }
      int end = i + matched.length();
      found.add(new PhraseMatch<>(valueByPhrase.get(matched), text.substring(i, end), i, end));
      i = end;
    }
    return found;
  }

  private static boolean isLetterOrDigit(int codePoint) {
    return Character.isLetter(codePoint) || Character.isDigit(codePoint);
  }

  /** Whether {@code phrase} is written at {@code at}, in any case, an apostrophe straight or curly. */
  private static boolean sameWords(String text, int at, String phrase) {
    for (int k = 0; k < phrase.length(); k++) {
      char a = text.charAt(at + k);
      char b = phrase.charAt(k);
      if (a == b || b == '\'' && a == '’') {
        continue;
      }
      if (Character.toLowerCase(a) != Character.toLowerCase(b) && Character.toUpperCase(a) != Character.toUpperCase(b)) {
        return false;
      }
    }
    return true;
  }
}
