package org.newsfigures.core.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a currency word that is also an everyday English word states money after a number.
 * "pounds" is money only with money around it: a currency sign or "sterling", "pence", "GBP" in the
 * sentence, a price or money word before it ("paid 200 pounds", "pledged 2 billion pounds"), "worth" after it,
 * a scale word in a sentence about trade or money ("exports reached 4 billion pounds"), or a "5-pound note";
 * never weight ("weighed 200 pounds", "a 205-pound tackle", "5 pounds of flour"). "won" is the verb after a
 * score or in a record ("a 4-0 won-lost record", "in 1959 won the title"); money needs a scale word
 * ("3 trillion won"), a grouped amount ("1,420 won") or Korea named in the sentence.
 */
final class MoneyHomographs {
  private static final Set<String> POUNDS = Set.of("pound", "pounds");
  private static final Set<String> STERLING_WORDS = Set.of("sterling", "pence", "penny", "pennies", "quid", "gbp");
  private static final Set<String> PRICE_WORDS = Set.of(
      "cost", "costs", "costing", "paid", "pay", "pays", "paying", "price", "priced", "prices", "fine", "fined",
      "worth", "earn", "earns", "earned", "earning", "spent", "spend", "spends", "sold", "bought", "charge",
      "charged", "charges", "fee", "fees", "salary", "wage", "wages", "rent", "budget", "loan", "bid", "offered",
      "give", "gave", "owe", "owed", "owes", "lend", "lent", "borrow", "borrowed", "invest", "invested",
      "invests", "pledge", "pledged", "pledges", "raise", "raised", "raises", "donate", "donated", "grant",
      "granted", "fund", "funded", "profit", "profits", "revenue", "revenues", "earnings", "turnover", "income",
      "debt", "deficit", "investment", "dividend", "dividends", "tax", "taxes");
  /** Words of trade and public money that make a scaled "pounds" sterling: "exports reached 4 billion pounds". */
  private static final Set<String> TRADE_WORDS = Set.of(
      "export", "exports", "exported", "import", "imports", "imported", "trade", "sales", "shipments", "surplus",
      "deficit", "revenue", "revenues", "profit", "profits", "gdp", "budget", "investment", "investments",
      "spending", "economy", "value", "valued", "worth");
  private static final Set<String> NOTES = Set.of("note", "notes", "coin", "coins");
  private static final Set<String> KOREA_WORDS = Set.of("korea", "korean", "koreans", "krw", "seoul", "₩");
  /** How far before the number a price word may stand: "paid him 200 pounds", "profit rose to 50 pounds". */
  private static final int PRICE_WORD_REACH = 3;

  /** True when {@code after}, the currency form right after number {@code n}, states money there. */
  boolean isMoney(List<Token> t, NumberSpan n, CurrencyMatch after) {
    String form = after.alias().alias().toLowerCase(Locale.ROOT);
    if (POUNDS.contains(form)) {
      return poundsAreMoney(t, n, after);
    }
    return !form.equals("won") || wonIsMoney(t, n, after);
  }

  private static boolean poundsAreMoney(List<Token> t, NumberSpan n, CurrencyMatch after) {
    int next = after.last() + 1;
    if (after.first() > n.last() + 1) { // "5-pound": an adjective, weight unless a note or coin
      return next < t.size() && NOTES.contains(t.get(next).lower());
    }
    if (hasCurrencySign(t) || says(t, STERLING_WORDS)) {
      return true;
    }
    if (next < t.size() && t.get(next).isWord("of")) {
      return false; // "5 pounds of flour"
    }
    if (next < t.size() && t.get(next).isWord("worth")) {
      return true; // "3 million pounds worth of goods"
    }
    // A scale alone is not enough ("15 million pounds" of gum is weight); with trade or money talk it is.
    return priceWordBefore(t, n.first()) || n.scale() >= 1e6 && says(t, TRADE_WORDS);
  }

  private static boolean wonIsMoney(List<Token> t, NumberSpan n, CurrencyMatch after) {
    int next = after.last() + 1;
    if (next < t.size() && t.get(next).isSymbol('-') && t.get(after.last()).touches(t.get(next))) {
      return false; // "won-lost"
    }
    int before = n.first() - 1;
    if (before >= 1 && t.get(before).isSymbol('-') && t.get(before).touches(t.get(n.first()))
        && t.get(before - 1).isNumeral()) {
      return false; // a score: "4-0 won"
    }
    return n.scale() > 1 || t.get(n.first()).lower().indexOf(',') >= 0 || says(t, KOREA_WORDS);
  }

  private static boolean says(List<Token> t, Set<String> words) {
    return t.stream().anyMatch(tok -> words.contains(tok.lower()));
  }

  private static boolean hasCurrencySign(List<Token> t) {
    return t.stream().anyMatch(tok -> tok.kind() == TokenKind.SYMBOL
        && Character.getType(tok.lower().codePointAt(0)) == Character.CURRENCY_SYMBOL);
  }

  private static boolean priceWordBefore(List<Token> t, int numberAt) {
    for (int k = numberAt - 1; k >= Math.max(0, numberAt - PRICE_WORD_REACH); k--) {
      if (t.get(k).isWord() && PRICE_WORDS.contains(t.get(k).lower())) {
        return true;
      }
    }
    return false;
  }
}
