package org.newsfigures.dev.conformance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsfigures.core.extract.FigureExtractor;

/** Runs the extractor over the Recognizers-Text English specs and scores it, suite by suite. */
public final class ConformanceRunner {
  private final EntityFinder finder;

  public ConformanceRunner(FigureExtractor extractor) {
    this.finder = new EntityFinder(extractor);
  }

  public List<SuiteScore> run(Path suiteDir) {
    List<SuiteScore> scores = new ArrayList<>();
    for (Suite suite : Suite.values()) {
      scores.add(score(suite, SuiteReader.read(suiteDir, suite)));
    }
    return scores;
  }

  SuiteScore score(Suite suite, List<SpecCase> cases) {
    List<CaseResult> results = new ArrayList<>(cases.size());
    int expected = 0;
    int found = 0;
    int spans = 0;
    int full = 0;
    for (SpecCase c : cases) {
      List<FoundEntity> ours = finder.find(suite, c.input());
      results.add(new CaseResult(c, ours, CaseScorer.passes(c.expected(), ours)));
      expected += c.expected().size();
      found += ours.size();
      for (SpecEntity e : c.expected()) {
        spans += ours.stream().anyMatch(f -> CaseScorer.sameSpan(e, f)) ? 1 : 0;
        full += ours.stream().anyMatch(f -> CaseScorer.matches(e, f)) ? 1 : 0;
      }
    }
    return new SuiteScore(suite, results, expected, found, spans, full);
  }
}
