package org.newsfigures.core.reconcile;

import java.util.Comparator;
import java.util.Objects;
import org.newsfigures.core.analysis.StableId;

/**
 * What one claim is about: metric, subject, counterpart, a single product, the year, and the figure kind (a trade
 * target is stated both as a multiplier, "double", and as a duration, "10 years": two claims, never compared).
 */
record ClaimKey(String metric, String subject, String counterpart, String product, Integer year, String kind) {
  static final Comparator<ClaimKey> ORDER =
      Comparator.comparing(ClaimKey::metric)
          .thenComparing(ClaimKey::subject, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ClaimKey::counterpart, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ClaimKey::product, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ClaimKey::year, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(ClaimKey::kind);

  String claimId() {
    return StableId.of("claim", metric, subject, counterpart, product, year, kind);
  }

  ClaimKey withYear(Integer newYear) {
    return new ClaimKey(metric, subject, counterpart, product, newYear, kind);
  }
}
