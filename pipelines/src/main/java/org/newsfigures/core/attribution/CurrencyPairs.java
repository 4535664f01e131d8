package org.newsfigures.core.attribution;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.ClauseSplitter;

/**
 * Reads which currency moves against which in an exchange-rate figure ("The peso weakened 0.3% against the dollar",
 * "sterling's 6pc rise against the dollar"): the currency named before the figure in its clause, and the one after
 * "against". Currencies are read by the names of currency_aliases.csv; a currency stands for the country whose ISO
 * 3166 code begins its ISO 4217 code (MXN → MX, EUR → the EU); supranational codes (X…) stand for none.
 */
final class CurrencyPairs {
  /**
   * What an unqualified "dollar" means in an exchange rate: the US dollar, against which other currencies are quoted
   * ("the won averaged 1,420 against the dollar").
   */
  private static final String UNQUALIFIED_DOLLAR = "USD";
  private static final Pattern DOLLAR = Pattern.compile("(?i)dollars?|greenback");
  private static final Pattern AGAINST = Pattern.compile("(?i)\\s+(?:against|versus|vs\\.?)\\s+(?:the\\s+)?$");

  /** A currency and the country it stands for. */
  record Side(String code, String words) {}

  private final PhraseTable<String> names;

  private CurrencyPairs(Map<String, String> currencyByName) {
    this.names = new PhraseTable<>(currencyByName, false);
  }

  static CurrencyPairs fromReference() {
    Map<String, String> byName = ReferenceCsv.rows("currency_aliases").stream()
        .filter(r -> r.get("form").equals("name"))
        .collect(Collectors.toMap(r -> r.get("alias"), r -> r.get("currency").isEmpty() && DOLLAR.matcher(
            r.get("alias")).matches() ? UNQUALIFIED_DOLLAR : r.get("currency"), (a, b) -> a));
    byName.values().removeIf(String::isEmpty);
    return new CurrencyPairs(byName);
  }

  /** The currency that moves (named before the figure in its clause) and the one it moves against, if named. */
  Optional<Side[]> read(String sentence, int figureStart, int figureEnd) {
    int[] clause = ClauseSplitter.ACTORS.around(sentence, figureStart);
    List<PhraseMatch<String>> named = names.find(sentence);
    Optional<PhraseMatch<String>> moving = named.stream()
        .filter(m -> m.start() >= clause[0] && m.end() <= figureStart)
        .max(Comparator.comparingInt(PhraseMatch::end));
    Optional<PhraseMatch<String>> against = named.stream()
        .filter(m -> m.start() >= figureEnd && m.start() <= clause[1]
            && AGAINST.matcher(sentence).region(figureEnd, m.start()).find())
        .findFirst();
    if (moving.isEmpty() && against.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Side[] {moving.map(CurrencyPairs::side).orElse(null), against.map(CurrencyPairs::side)
        .orElse(null)});
  }

  private static Side side(PhraseMatch<String> m) {
    String currency = m.value();
    String country = currency.startsWith("X") ? null : currency.substring(0, 2);
    return new Side(country, m.words());
  }
}
