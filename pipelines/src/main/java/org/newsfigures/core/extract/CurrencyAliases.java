package org.newsfigures.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * The currency forms of {@code currency_aliases.csv}, matched on tokens case- and spacing-insensitively:
 * a form's key is its text lower-cased without spaces and dots, so "US$", "US $", "U.S. $" and "u . s . $"
 * all read as "us$". Symbols and codes may come before the number ("C$118.7 billion", "USD 200"); every
 * form may come after it ("5 million USD", "10 €", "3 billion Canadian dollars", "12-cent").
 */
final class CurrencyAliases {
  private static final int LONGEST_FORM_IN_TOKENS = 7;

  private final Map<String, CurrencyAlias> byKey;

  private CurrencyAliases(Map<String, CurrencyAlias> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  static CurrencyAliases fromReference() {
    Map<String, Double> subunits = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("currency_subunits")) {
      subunits.put(key(row.get("alias")), Double.parseDouble(row.get("subunits_per_unit")));
    }
    Map<String, CurrencyAlias> byKey = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("currency_aliases")) {
      String key = key(row.get("alias"));
      CurrencyAlias alias = new CurrencyAlias(row.get("alias"), emptyToNull(row.get("currency")),
          CurrencyAlias.Form.valueOf(row.get("form").toUpperCase(Locale.ROOT)), emptyToNull(row.get("alternative")),
          emptyToNull(row.get("alternative_when")), subunits.getOrDefault(key, 1.0));
      byKey.putIfAbsent(key, alias);
    }
    return new CurrencyAliases(byKey);
  }

  /** Words that may touch a numeral without making it an identifier: codes ("USD115") and non-Latin signs ("100元"). */
  Set<String> gluedWords() {
    Set<String> words = new HashSet<>();
    byKey.forEach((key, alias) -> {
      if (isOneWord(key) && (alias.form() == CurrencyAlias.Form.CODE || !key.chars().anyMatch(c -> c < 128))) {
        words.add(key);
      }
    });
    return words;
  }

  /** A symbol or code ending right before token {@code numberAt}: "US$", "C $", "USD", "MAUD". */
  CurrencyMatch matchBefore(String text, List<Token> t, int numberAt) {
    for (int first = Math.max(0, numberAt - LONGEST_FORM_IN_TOKENS); first < numberAt; first++) {
      CurrencyMatch m = match(text, t, first, numberAt - 1);
      if (m != null && m.alias().form() != CurrencyAlias.Form.NAME) {
        return m;
      }
    }
    return null;
  }

  /** The longest form starting at token {@code from} (a glued hyphen is skipped: "12-cent"), or null. */
  CurrencyMatch matchAfter(String text, List<Token> t, int from) {
    int start = from;
    if (from < t.size() && t.get(from).isSymbol('-') && from > 0 && t.get(from - 1).touches(t.get(from))
        && from + 1 < t.size() && t.get(from).touches(t.get(from + 1))) {
      start = from + 1;
    }
    for (int last = Math.min(t.size() - 1, start + LONGEST_FORM_IN_TOKENS - 1); last >= start; last--) {
      CurrencyMatch m = match(text, t, start, last);
      if (m != null && (start == from || m.alias().form() == CurrencyAlias.Form.NAME)) {
        return m;
      }
    }
    return null;
  }

  /** Any form exactly covering tokens first..last, or null. */
  CurrencyMatch match(String text, List<Token> t, int first, int last) {
    if (t.get(first).isSymbol('.') || t.get(last).isSymbol('.')) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (int k = first; k <= last; k++) {
      Token tok = t.get(k);
      if (tok.kind() == TokenKind.NUMERAL || tok.kind() == TokenKind.OPAQUE) {
        return null;
      }
      if (tok.kind() == TokenKind.SYMBOL && !tok.isSymbol('.') && !isCurrencySign(tok.lower())) {
        return null;
      }
      if (tok.isWord() && k > first && t.get(k - 1).isWord()) {
        key.append(' '); // "Canadian dollars"; and "wo n't" never reads as "won"
      }
      if (!tok.isSymbol('.')) {
        key.append(tok.lower());
      }
    }
    String k = key.toString();
    CurrencyAlias alias = byKey.get(k);
    double scale = 1;
    if (alias == null && k.length() == 4 && k.charAt(0) == 'm') {
      alias = byKey.get(k.substring(1)); // "MUSD", "MEUR": millions of
      scale = alias != null && alias.form() == CurrencyAlias.Form.CODE ? 1e6 : 0;
    }
    if (alias == null || scale == 0) {
      return null;
    }
    if (first < last && alias.form() == CurrencyAlias.Form.SYMBOL && !t.get(first).touches(t.get(first + 1))
        && !spacedPrefixIsCountry(text, t, first)) {
      return null;
    }
    return new CurrencyMatch(first, last, alias, scale);
  }

  /**
   * Letters written apart from their sign ("US $", "c $ 16.4") are a country only when they can be one:
   * not the article "a" or a possessive "'s" ("a $ 4 billion", "music ' s $ 500"), and not the pronoun
   * "us" ("cost us $5"), which is lower-case in mixed-case text; case-folded "us $ 150" stays USD.
   */
  private static boolean spacedPrefixIsCountry(String text, List<Token> t, int first) {
    Token letters = t.get(first);
    boolean possessive = letters.isWord("s") && first > 0
        && (t.get(first - 1).isSymbol('\'') || t.get(first - 1).isSymbol('\u2019'));
    boolean pronoun = letters.isWord("us") && Character.isLowerCase(text.charAt(letters.start())) && hasUpperCase(text);
    return !letters.isWord("a") && !letters.isWord("an") && !possessive && !pronoun;
  }

  private static boolean isCurrencySign(String symbol) {
    return Character.getType(symbol.codePointAt(0)) == Character.CURRENCY_SYMBOL;
  }

  private static boolean hasUpperCase(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isOneWord(String key) {
    for (int i = 0; i < key.length(); i++) {
      if (!Tokenizer.isWordChar(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A form's key: lower-cased, dots dropped, one space kept only between two words ("U.S. dollars" →
   * "usdollars", "US $" → "us$", "Canadian dollars" → "canadian dollars"), as {@link #match} builds it
   * from tokens.
   */
  static String key(String form) {
    String f = form.toLowerCase(Locale.ROOT).trim();
    StringBuilder b = new StringBuilder(f.length());
    for (int i = 0; i < f.length(); i++) {
      char c = f.charAt(i);
      if (Character.isWhitespace(c)) {
        boolean betweenWords = i > 0 && Tokenizer.isWordChar(f.charAt(i - 1)) && i + 1 < f.length()
            && Tokenizer.isWordChar(f.charAt(i + 1));
        if (betweenWords) {
          b.append(' ');
        }
      } else if (c != '.') {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
