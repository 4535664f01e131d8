package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds figures stated by a word rather than a number: multipliers ("double", "doubled", "triple",
 * "halve", "twofold"), "a decade" (a duration of 1 decade) and "week-long" (1 week).
 *
 * <p>The base forms "double", "triple" and "quadruple" are also adjectives ("a double standard",
 * "double-digit"), so they count only as verbs: after "to" or a modal ("will double", "aims to double"),
 * a hedge allowed between ("could more than double"). Inflected forms ("doubled", "tripling") are verbs.
 */
final class WordFigureReader {
  private static final Map<String, Double> MULTIPLIERS = Map.ofEntries(
      Map.entry("double", 2.0), Map.entry("doubled", 2.0), Map.entry("doubles", 2.0), Map.entry("doubling", 2.0),
      Map.entry("triple", 3.0), Map.entry("tripled", 3.0), Map.entry("triples", 3.0), Map.entry("tripling", 3.0),
      Map.entry("quadruple", 4.0), Map.entry("quadrupled", 4.0), Map.entry("quadruples", 4.0),
      Map.entry("quadrupling", 4.0), Map.entry("halve", 0.5), Map.entry("halved", 0.5),
      Map.entry("halving", 0.5));

  /** Units of "a week-long mission", "a year-long review": one of the unit. */
  private static final Set<String> LONG_UNITS = Set.of("day", "week", "month", "year", "decade");

  private static final Set<String> ADJECTIVE_TOO = Set.of("double", "triple", "quadruple");

  private static final Set<String> VERB_MARKERS = Set.of(
      "to", "will", "would", "could", "should", "can", "may", "might", "must", "shall", "did", "does", "do");

  private final HedgeReader hedges;

  WordFigureReader(HedgeReader hedges) {
    this.hedges = hedges;
  }

  List<Reading> find(List<Token> t) {
    List<Reading> found = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      if (!tok.isWord()) {
        continue;
      }
      String w = tok.lower();
      boolean hyphenAfter = i + 1 < t.size() && t.get(i + 1).isSymbol('-') && tok.touches(t.get(i + 1));
      Double factor = MULTIPLIERS.get(w);
      if (factor == null && w.endsWith("fold") && NumberWords.cardinal(w.substring(0, w.length() - 4)) >= 2) {
        factor = (double) NumberWords.cardinal(w.substring(0, w.length() - 4)); // "twofold", "tenfold"
      }
      if (factor != null && !hyphenAfter && (!ADJECTIVE_TOO.contains(w) || isVerb(t, i))) {
        found.add(new Reading(i, i, FigureKind.MULTIPLIER, factor, null, null, null, null));
      } else if (w.equals("decade") && i > 0 && t.get(i - 1).isWord("a")) {
        found.add(new Reading(i - 1, i, FigureKind.DURATION, 1, null, "decade", null, null));
      } else if (LONG_UNITS.contains(w) && hyphenAfter && i + 2 < t.size() && t.get(i + 2).isWord("long")
          && t.get(i + 1).touches(t.get(i + 2))) {
        found.add(new Reading(i, i + 2, FigureKind.DURATION, 1, null, w, null, null)); // "a week-long mission"
      }
    }
    return found;
  }

  private boolean isVerb(List<Token> t, int i) {
    int before = hedges.read(t, i).first() - 1;
    return before >= 0 && VERB_MARKERS.contains(t.get(before).lower());
  }
}
