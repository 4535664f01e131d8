package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Reads the hedge of a figure from {@code hedges.csv}: a phrase written directly before it ("about", "more
 * than", "up to", "sub-"), or directly after it ("€30,000 or more"). Two readings need the figure's end:
 * "topped the $700 billion mark" (the hedge stands before "the" when a mark or level follows the figure),
 * and "under 50 per cent U.S. tariffs", where "under" means subject to a duty, not less than.
 */
final class HedgeReader {

  /** A hedge found: where it starts and what it states. */
  record Hedge(int first, Qualifier qualifier) {}

  private record Phrase(String[] words, Qualifier qualifier) {}

  /** Nouns after a figure that make it a threshold: "topped the $700 billion mark". */
  private static final Set<String> THRESHOLDS = Set.of("mark", "level", "threshold", "barrier", "milestone", "line");
  /** Nouns of a duty or regime: "under 50 per cent tariffs" is subject to them, not below 50 per cent. */
  private static final Set<String> REGIMES = Set.of(
      "tariff", "tariffs", "duty", "duties", "levy", "levies", "surtax", "surtaxes", "tax", "taxes", "quota",
      "quotas", "sanctions", "rules", "regime");
  /** Words that end the noun phrase after a figure before any regime noun: "under 3 per cent of sales". */
  private static final Set<String> PHRASE_ENDS = Set.of(
      "of", "in", "on", "for", "to", "from", "by", "at", "and", "or", "than", "a", "an", "the", "this", "that",
      "last", "since", "with");
  private static final int REGIME_REACH = 6; // tokens: "U", ".", "S", "." count one each

  private final List<Phrase> before; // longest first, so "no more than" wins over "more than"
  private final List<Phrase> after;

  private HedgeReader(List<Phrase> before, List<Phrase> after) {
    this.before = List.copyOf(before);
    this.after = List.copyOf(after);
  }

  static HedgeReader fromReference() {
    Tokenizer tokenizer = new Tokenizer();
    List<Phrase> before = new ArrayList<>();
    List<Phrase> after = new ArrayList<>();
    for (Map<String, String> row : ReferenceCsv.rows("hedges")) {
      String[] words = tokenizer.tokenize(row.get("phrase")).stream().map(Token::lower).toArray(String[]::new);
      Phrase p = new Phrase(words, Qualifier.valueOf(row.get("qualifier")));
      ("after".equals(row.get("position")) ? after : before).add(p);
    }
    Comparator<Phrase> longestFirst = Comparator.comparingInt((Phrase p) -> p.words().length).reversed();
    before.sort(longestFirst);
    after.sort(longestFirst);
    return new HedgeReader(before, after);
  }

  /** Words before "over" that make it "more than": "for over 10 years", "in over a decade". */
  private static final Set<String> OVER_AS_MORE_THAN = Set.of("for", "in", "of", "after", "within", "since", "than",
      "lasted", "lasting", "took", "taken", "takes", "spent", "ago");

  /**
   * Whether the hedge "over" before a duration says over what span something happens ("falls to 40% over 10
   * years", "phased out over five years"), not "more than" ("for over 10 years").
   */
  static boolean isSpan(List<Token> t, Hedge hedge) {
    int at = hedge.first();
    return hedge.qualifier() == Qualifier.MORE_THAN && t.get(at).isWord("over")
        && (at == 0 || !OVER_AS_MORE_THAN.contains(t.get(at - 1).lower()));
  }

  /** The hedge whose last word is the token before {@code figureAt}; EXACT starting at the figure when none. */
  Hedge read(List<Token> t, int figureAt) {
    for (Phrase p : before) {
      int from = figureAt - p.words().length;
      if (from >= 0 && matches(t, from, p.words())) {
        return new Hedge(from, p.qualifier());
      }
    }
    return new Hedge(figureAt, Qualifier.EXACT);
  }

  /** The hedge of the figure spanning tokens {@code first}..{@code last}, before or after it. */
  Hedge read(List<Token> t, int first, int last) {
    Hedge hedge = read(t, first);
    if (hedge.qualifier() == Qualifier.LESS_THAN && t.get(hedge.first()).isWord("under") && regimeAfter(t, last)) {
      return new Hedge(first, Qualifier.EXACT);
    }
    if (hedge.qualifier() != Qualifier.EXACT) {
      return hedge;
    }
    if (first >= 1 && t.get(first - 1).isWord("the") && last + 1 < t.size()
        && THRESHOLDS.contains(t.get(last + 1).lower())) {
      Hedge beforeThe = read(t, first - 1);
      if (beforeThe.qualifier() != Qualifier.EXACT) {
        return beforeThe;
      }
    }
    for (Phrase p : after) {
      if (last + p.words().length < t.size() && matches(t, last + 1, p.words())) {
        return new Hedge(first, p.qualifier());
      }
    }
    return hedge;
  }

  private static boolean regimeAfter(List<Token> t, int last) {
    for (int k = last + 1; k < Math.min(t.size(), last + 1 + REGIME_REACH); k++) {
      Token tok = t.get(k);
      if (tok.isWord() && REGIMES.contains(tok.lower())) {
        return true;
      }
      if (tok.isWord() ? PHRASE_ENDS.contains(tok.lower()) : !tok.isSymbol('.')) {
        return false;
      }
    }
    return false;
  }

  private static boolean matches(List<Token> t, int from, String[] words) {
    for (int k = 0; k < words.length; k++) {
      if (!t.get(from + k).lower().equals(words[k])) {
        return false;
      }
    }
    return true;
  }
}
