package org.newsfigures.dev.conformance;

import java.util.List;

/** Why a case failed, the first that applies in this order. */
public enum FailureCategory {
  SPAN_DIFFERS("an entity found with other boundaries"),
  VALUE_DIFFERS("same span, other value"),
  ISO_DIFFERS("same span and value, other ISO code"),
  MISSED("an expected entity not found at all"),
  EXTRA("an entity found where none is expected");

  private final String description;

  FailureCategory(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  static FailureCategory of(CaseResult r) {
    List<SpecEntity> expected = r.specCase().expected();
    List<FoundEntity> found = r.found();
    boolean missed = false;
    for (SpecEntity e : expected) {
      FoundEntity sameSpan = found.stream().filter(f -> CaseScorer.sameSpan(e, f)).findFirst().orElse(null);
      if (sameSpan == null) {
        if (found.stream().anyMatch(f -> f.start() <= e.end() && e.start() <= f.end())) {
          return SPAN_DIFFERS;
        }
        missed = true;
      } else if (!CaseScorer.sameValue(e.value(), sameSpan.value())) {
        return VALUE_DIFFERS;
      } else if (!CaseScorer.matches(e, sameSpan)) {
        return ISO_DIFFERS;
      }
    }
    return missed ? MISSED : EXTRA;
  }
}
