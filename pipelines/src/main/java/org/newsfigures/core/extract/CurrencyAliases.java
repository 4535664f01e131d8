package org.newsfigures.core.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * The currency forms of {@code currency_aliases.csv} and of {@link IcuCurrencyForms} (the table's rows win),
 * matched on tokens case- and spacing-insensitively:
 * a form's key is its text lower-cased without spaces and dots, so "US$", "US $", "U.S. $" and "u . s . $"
 * all read as "us$". Symbols and codes may come before the number ("C$118.7 billion", "USD 200"); every
 * form may come after it ("5 million USD", "10 €", "3 billion Canadian dollars", "12-cent").
 */
final class CurrencyAliases {
  private static final int LONGEST_FORM_IN_TOKENS = 7;

  private final Map<String, CurrencyAlias> byKey;
  /** "musd" → USD: the finance shorthand "30 MUSD" for millions of a code. */
  private final Map<String, CurrencyAlias> millionsByKey;
  /** Every prefix and every suffix of a key, so a match stops growing as soon as no form can fit. */
  private final Set<String> keyPrefixes;
  private final Set<String> keySuffixes;

  private CurrencyAliases(Map<String, CurrencyAlias> byKey) {
    this.byKey = Map.copyOf(byKey);
    Map<String, CurrencyAlias> millions = new HashMap<>();
    byKey.forEach((key, alias) -> {
      if (alias.form() == CurrencyAlias.Form.CODE && key.length() == 3) {
        millions.put("m" + key, alias);
      }
    });
    this.millionsByKey = Map.copyOf(millions);
    Set<String> prefixes = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    for (Map<String, CurrencyAlias> keys : List.of(byKey, millions)) {
      for (String key : keys.keySet()) {
        for (int i = 1; i <= key.length(); i++) {
          prefixes.add(key.substring(0, i));
          suffixes.add(key.substring(key.length() - i));
        }
      }
    }
    this.keyPrefixes = Set.copyOf(prefixes);
    this.keySuffixes = Set.copyOf(suffixes);
  }

  static CurrencyAliases fromReference() {
    Map<String, Double> subunits = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("currency_subunits")) {
      subunits.put(key(row.get("alias")), Double.parseDouble(row.get("subunits_per_unit")));
    }
    IcuCurrencyForms icu = IcuCurrencyForms.get();
    Map<String, CurrencyAlias> byKey = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.rows("currency_aliases")) {
      String key = key(row.get("alias"));
      String currency = emptyToNull(row.get("currency"));
      CurrencyAlias alias = new CurrencyAlias(row.get("alias"), currency,
          CurrencyAlias.Form.valueOf(row.get("form").toUpperCase(Locale.ROOT)), emptyToNull(row.get("alternative")),
          emptyToNull(row.get("alternative_when")), subunits.getOrDefault(key, 1.0),
          icu.candidates(row.get("family"), currency), false);
      byKey.putIfAbsent(key, alias);
    }
    for (CurrencyAlias alias : icu.forms()) {
      byKey.putIfAbsent(key(alias.alias()), alias);
    }
    return new CurrencyAliases(byKey);
  }

  /** Words that may touch a numeral without making it an identifier: codes ("USD115") and non-Latin signs ("100元"). */
  Set<String> gluedWords() {
    Set<String> words = new HashSet<>();
    byKey.forEach((key, alias) -> {
      boolean code = alias.form() == CurrencyAlias.Form.CODE && !alias.strict();
      if (isOneWord(key) && (code || !key.chars().anyMatch(c -> c < 128))) {
        words.add(key);
      }
    });
    return words;
  }

  /** The longest symbol or code ending right before token {@code numberAt}: "US$", "C $", "USD", "MAUD". */
  CurrencyMatch matchBefore(String text, List<Token> t, int numberAt) {
    StringBuilder key = new StringBuilder();
    CurrencyMatch longest = null;
    int end = numberAt;
    if (end >= 2 && t.get(end - 1).isSymbol('.') && t.get(end - 2).isWord() && t.get(end - 2).touches(t.get(end - 1))) {
      end--; // an abbreviation's dot: "Rs. 500", "Rp. 20,000"
    }
    for (int first = end - 1; first >= Math.max(0, end - LONGEST_FORM_IN_TOKENS); first--) {
      Token tok = t.get(first);
      if (!canBeInForm(tok)) {
        break;
      }
      if (!tok.isSymbol('.')) {
        if (tok.isWord() && first + 1 < end && t.get(first + 1).isWord()) {
          key.insert(0, ' ');
        }
        key.insert(0, tok.lower());
      }
      String k = key.toString();
      if (!keySuffixes.contains(k)) {
        break;
      }
      CurrencyMatch m = match(text, t, first, end - 1, k);
      if (m != null && m.alias().form() != CurrencyAlias.Form.NAME) {
        longest = m;
      }
    }
    return longest;
  }

  /** The longest form starting at token {@code from} (a glued hyphen is skipped: "12-cent"), or null. */
  CurrencyMatch matchAfter(String text, List<Token> t, int from) {
    int start = from;
    if (from < t.size() && t.get(from).isSymbol('-') && from > 0 && t.get(from - 1).touches(t.get(from))
        && from + 1 < t.size() && t.get(from).touches(t.get(from + 1))) {
      start = from + 1;
    }
    StringBuilder key = new StringBuilder();
    CurrencyMatch longest = null;
    for (int last = start; last < Math.min(t.size(), start + LONGEST_FORM_IN_TOKENS); last++) {
      Token tok = t.get(last);
      if (!canBeInForm(tok)) {
        break;
      }
      if (!tok.isSymbol('.')) {
        if (tok.isWord() && last > start && t.get(last - 1).isWord()) {
          key.append(' '); // "Canadian dollars"; and "wo n't" never reads as "won"
        }
        key.append(tok.lower());
      }
      String k = key.toString();
      if (!keyPrefixes.contains(k)) {
        break;
      }
      CurrencyMatch m = match(text, t, start, last, k);
      if (m != null && (start == from || m.alias().form() == CurrencyAlias.Form.NAME)) {
        longest = m;
      }
    }
    return longest;
  }

  /** Words, dots and currency signs make up forms; numerals, URLs and other symbols end them. */
  private static boolean canBeInForm(Token tok) {
    return switch (tok.kind()) {
      case WORD -> true;
      case SYMBOL -> tok.isSymbol('.') || isCurrencySign(tok.lower());
      case NUMERAL, OPAQUE -> false;
    };
  }

  /** The form whose key tokens first..last spell, or null. */
  private CurrencyMatch match(String text, List<Token> t, int first, int last, String key) {
    if (t.get(first).isSymbol('.') || t.get(last).isSymbol('.')) {
      return null;
    }
    CurrencyAlias alias = byKey.get(key);
    double scale = 1;
    if (alias == null) {
      alias = millionsByKey.get(key);
      scale = 1e6;
    }
    if (alias == null || alias.strict() && !inCapitals(text, t, first, last)) {
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

  /** Written in capitals in a text that is not all capitals ("SAR 37.5 billion", not "TOP 10" or "top 10"). */
  private static boolean inCapitals(String text, List<Token> t, int first, int last) {
    String written = text.substring(t.get(first).start(), t.get(last).end());
    return written.equals(written.toUpperCase(Locale.ROOT)) && !text.equals(text.toUpperCase(Locale.ROOT));
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
