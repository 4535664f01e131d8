package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins two figures that state one range into one figure with {@code valueHigh}: "between $2 billion and
 * $3 billion", "$2-3 billion", "2 to 3 percent", "fines from $2,400 to $3,100". A change "rose from X to Y"
 * (a change word earlier in the clause: "cut the duty on whisky from 150% to 75%") states two levels, so it
 * stays two figures; a unitless X there takes Y's unit ("from 5 to 7%" is 5% and 7%).
 */
final class RangeJoiner {
  /**
   * Verbs that set a level anew, beyond the change words of {@code change_words.csv}: "went from 5% to
   * 7%", "cut the duty from 150% to 75%", "raised the rate from 2% to 3%".
   */
  private static final Set<String> LEVEL_MOVES = Set.of(
      "went", "go", "goes", "going", "gone", "moved", "move", "moves", "changed", "change", "changes",
      "shifted", "swung", "switched", "cut", "cuts", "cutting", "raised", "raise", "raises", "raising",
      "lowered", "lower", "lowers", "lowering", "reduced", "reduce", "reduces", "reducing", "hiked", "hike",
      "slashed", "slash", "boosted", "boost", "lifted", "lift", "widened", "narrowed", "adjusted", "revised");
  /** How far before "from" a change word may stand in its clause. */
  private static final int CHANGE_WORD_REACH = 10;

  private final ChangeDirectionReader directions;

  RangeJoiner(ChangeDirectionReader directions) {
    this.directions = directions;
  }

  List<ParsedFigure> join(List<Token> t, List<ParsedFigure> readings) {
    List<ParsedFigure> joined = new ArrayList<>(readings.size());
    int i = 0;
    while (i < readings.size()) {
      ParsedFigure low = readings.get(i);
      ParsedFigure high = i + 1 < readings.size() ? readings.get(i + 1) : null;
      if (high == null || high.first() != low.last() + 2 || !sameUnitOrUnitless(low, high) || chained(t, low, high)) {
        joined.add(low);
        i++;
        continue;
      }
      Token between = t.get(low.last() + 1);
      boolean dashOrTo = between.isSymbol('-') || between.isSymbol('\u2013') || between.isWord("to");
      boolean from = low.first() > 0 && t.get(low.first() - 1).isWord("from");
      boolean betweenAnd = between.isWord("and") && low.first() > 0 && t.get(low.first() - 1).isWord("between");
      if (dashOrTo && from && (isUnitless(low) && isUnitless(high) || isChange(t, low.first() - 1))) {
        joined.add(low.kind() == FigureKind.COUNT ? low.taking(high) : low);
        i++;
      } else if (dashOrTo || betweenAnd) {
        ParsedFigure range = range(low, high);
        if (range == null) {
          joined.add(low);
          i++;
        } else {
          joined.add(range);
          i += 2;
        }
      } else {
        joined.add(low);
        i++;
      }
    }
    return joined;
  }

  private static boolean isUnitless(ParsedFigure r) {
    return r.kind() == FigureKind.COUNT;
  }

  /** A change word (or a verb like "went") in the clause before the "from" at {@code from}. */
  private boolean isChange(List<Token> t, int from) {
    for (int k = from - 1; k >= Math.max(0, from - CHANGE_WORD_REACH); k--) {
      Token tok = t.get(k);
      if (tok.kind() == TokenKind.SYMBOL && ",;:.()\u2014".contains(tok.lower())) {
        return false;
      }
      if (tok.isWord() && (directions.isChangeWord(tok.lower()) || LEVEL_MOVES.contains(tok.lower()))) {
        return true;
      }
    }
    return false;
  }

  /** The range low..high in the unit of whichever side has one, or null when high is not above low. */
  private static ParsedFigure range(ParsedFigure low, ParsedFigure high) {
    ParsedFigure unitSource = low.kind() == FigureKind.COUNT ? high : low;
    double lowValue = low.scale() == 1 && high.scale() > 1 ? low.value() * high.scale() : low.value();
    if (low.kind() == FigureKind.COUNT && high.kind() == FigureKind.PERCENT && low.number().fraction()) {
      lowValue *= 100; // "a quarter to a third of": both shares
    }
    if (high.value() <= lowValue) {
      return null;
    }
    ParsedFigure withUnit = new ParsedFigure(low.first(), low.last(), unitSource.kind(), lowValue, null,
        unitSource.unit(), unitSource.currency(), low.number());
    return withUnit.through(high, lowValue);
  }

  /** "1-800-555-1234": numbers hyphenated on into a chain are an identifier, not a range. */
  private static boolean chained(List<Token> t, ParsedFigure low, ParsedFigure high) {
    boolean before = low.first() >= 1 && t.get(low.first() - 1).isSymbol('-')
        && t.get(low.first() - 1).touches(t.get(low.first()));
    boolean after = high.last() + 1 < t.size() && t.get(high.last() + 1).isSymbol('-')
        && t.get(high.last()).touches(t.get(high.last() + 1));
    return before || after;
  }

  private static boolean sameUnitOrUnitless(ParsedFigure a, ParsedFigure b) {
    if (a.number() == null || b.number() == null) {
      return false; // word figures ("double") take no part in ranges
    }
    if (a.kind() == FigureKind.PERCENT && b.kind() == FigureKind.COUNT && b.scale() > 1) {
      return false; // "fell 13.6% to 24.2 million tons": a change, then a level in another unit
    }
    if (a.kind() == FigureKind.COUNT || b.kind() == FigureKind.COUNT) {
      return true;
    }
    if (a.kind() != b.kind()) {
      return false;
    }
    return a.kind() != FigureKind.DURATION || a.unit().equals(b.unit());
  }
}
