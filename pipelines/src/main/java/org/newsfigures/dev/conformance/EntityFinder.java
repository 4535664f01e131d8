package org.newsfigures.dev.conformance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsfigures.core.extract.CurrencyMarker;
import org.newsfigures.core.extract.Extraction;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.core.extract.FigureKind;
import org.newsfigures.core.extract.FigureMention;
import org.newsfigures.core.extract.NumberMention;
import org.newsfigures.core.extract.UnitMention;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Puts our output in a suite's terms. currency ← MONEY figures and bare currency units; percent ←
 * PERCENT figures and bare percent units; number ← the number layer ({@link FigureExtractor#numbers}).
 * Sub-unit money is stored in units (50 cents = 0.50) and given back in the written sub-unit, as the spec
 * states it.
 */
final class EntityFinder {
  private final FigureExtractor extractor;
  private final Map<String, Double> subunitsPerUnit = new HashMap<>();

  EntityFinder(FigureExtractor extractor) {
    this.extractor = extractor;
    for (Map<String, String> row : ReferenceCsv.rows("currency_subunits")) {
      subunitsPerUnit.put(row.get("alias").toLowerCase(Locale.ROOT), Double.parseDouble(row.get("subunits_per_unit")));
    }
  }

  List<FoundEntity> find(Suite suite, String input) {
    if (suite == Suite.NUMBER) {
      List<FoundEntity> found = new ArrayList<>();
      for (NumberMention n : extractor.numbers(input)) {
        found.add(new FoundEntity(n.start(), n.end() - 1, n.text(), n.value(), null));
      }
      return found;
    }
    FigureKind kind = suite == Suite.CURRENCY ? FigureKind.MONEY : FigureKind.PERCENT;
    Extraction extraction = extractor.extractWithBareUnits(input);
    List<FoundEntity> found = new ArrayList<>();
    for (FigureMention m : extraction.figures()) {
      if (m.kind() == kind) {
        found.add(new FoundEntity(m.start(), m.end() - 1, m.text(), m.value() * writtenUnitFactor(m.currency()),
            iso(m.currency())));
      }
    }
    for (UnitMention u : extraction.bareUnits()) {
      if (u.kind() == kind) {
        found.add(new FoundEntity(u.start(), u.end() - 1, u.text(), null, iso(u.currency())));
      }
    }
    found.sort(Comparator.comparingInt(FoundEntity::start));
    return found;
  }

  private double writtenUnitFactor(CurrencyMarker marker) {
    return marker == null ? 1 : subunitsPerUnit.getOrDefault(marker.text().toLowerCase(Locale.ROOT), 1.0);
  }

  private static String iso(CurrencyMarker marker) {
    return marker == null ? null : marker.currency();
  }
}
