package org.newsfigures.dev.conformance;

import java.util.List;

/**
 * The suite README's rule: a case passes when we report, in order, as many entities as expected and each
 * equals its expected one on start, end (inclusive), value (relative tolerance 1e-9; null only for a
 * unit without a number) and, where the spec gives one, the ISO code.
 */
final class CaseScorer {
  private static final double RELATIVE_TOLERANCE = 1e-9;

  private CaseScorer() {}

  static boolean passes(List<SpecEntity> expected, List<FoundEntity> found) {
    if (expected.size() != found.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!matches(expected.get(i), found.get(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean matches(SpecEntity e, FoundEntity f) {
    return sameSpan(e, f) && sameValue(e.value(), f.value()) && (e.iso() == null || e.iso().equals(f.iso()));
  }

  static boolean sameSpan(SpecEntity e, FoundEntity f) {
    return e.start() == f.start() && e.end() == f.end();
  }

  static boolean sameValue(Double expected, Double found) {
    if (expected == null || found == null) {
      return expected == null && found == null;
    }
    double scale = Math.max(Math.abs(expected), Math.abs(found));
    return Math.abs(expected - found) <= RELATIVE_TOLERANCE * scale;
  }
}
