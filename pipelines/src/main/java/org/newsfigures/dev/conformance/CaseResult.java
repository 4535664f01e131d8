package org.newsfigures.dev.conformance;

import java.util.List;

/** One case scored: what was expected, what we found, and whether every entity matched in order. */
public record CaseResult(SpecCase specCase, List<FoundEntity> found, boolean passed) {
  public CaseResult {
    found = List.copyOf(found);
  }
}
