package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins two figures that state one range into one figure with {@code valueHigh}: "between $2 billion and
 * $3 billion", "$2-3 billion", "2 to 3 percent". A change "from X to Y" states two levels, so it stays two
 * figures; a unitless X there takes Y's unit ("from 5 to 7%" is 5% and 7%).
 */
final class RangeJoiner {

  List<Reading> join(List<Token> t, List<Reading> readings) {
    List<Reading> joined = new ArrayList<>(readings.size());
    int i = 0;
    while (i < readings.size()) {
      Reading low = readings.get(i);
      Reading high = i + 1 < readings.size() ? readings.get(i + 1) : null;
      if (high == null || high.first() != low.last() + 2 || !sameUnitOrUnitless(low, high) || chained(t, low, high)) {
        joined.add(low);
        i++;
        continue;
      }
      Token between = t.get(low.last() + 1);
      boolean dashOrTo = between.isSymbol('-') || between.isSymbol('\u2013') || between.isWord("to");
      boolean from = low.first() > 0 && t.get(low.first() - 1).isWord("from");
      boolean betweenAnd = between.isWord("and") && low.first() > 0 && t.get(low.first() - 1).isWord("between");
      if (dashOrTo && from) {
        joined.add(low.kind() == FigureKind.COUNT ? low.taking(high) : low);
        i++;
      } else if (dashOrTo || betweenAnd) {
        Reading range = range(low, high);
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

  /** The range low..high in the unit of whichever side has one, or null when high is not above low. */
  private static Reading range(Reading low, Reading high) {
    Reading unitSource = low.kind() == FigureKind.COUNT ? high : low;
    double lowValue = low.scale() == 1 && high.scale() > 1 ? low.value() * high.scale() : low.value();
    if (high.value() <= lowValue) {
      return null;
    }
    Reading withUnit = new Reading(low.first(), low.last(), unitSource.kind(), lowValue, null, unitSource.unit(),
        unitSource.currency(), low.number());
    return withUnit.through(high, lowValue);
  }

  /** "1-800-555-1234": numbers hyphenated on into a chain are an identifier, not a range. */
  private static boolean chained(List<Token> t, Reading low, Reading high) {
    boolean before = low.first() >= 1 && t.get(low.first() - 1).isSymbol('-')
        && t.get(low.first() - 1).touches(t.get(low.first()));
    boolean after = high.last() + 1 < t.size() && t.get(high.last() + 1).isSymbol('-')
        && t.get(high.last()).touches(t.get(high.last() + 1));
    return before || after;
  }

  private static boolean sameUnitOrUnitless(Reading a, Reading b) {
    if (a.number() == null || b.number() == null) {
      return false; // word figures ("double") take no part in ranges
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
