package org.newsfigures.dev.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.extract.FigureExtractor;

/**
 * Regression guard: the extractor keeps at least the conformance it reached when docs/conformance.md was
 * written. Raise the numbers when the score improves; never lower them without saying why.
 */
class RecognizersConformanceTest {
  private static Map<Suite, SuiteScore> scores;

  @BeforeAll
  static void run() {
    Path suite = Path.of(System.getProperty("newsfigures.root", ".") + "/../shared/eval/recognizers-en");
    assumeTrue(Files.isDirectory(suite), "peer suite absent: " + suite);
    List<SuiteScore> all = new ConformanceRunner(FigureExtractor.fromReference()).run(suite);
    scores = all.stream().collect(Collectors.toMap(SuiteScore::suite, Function.identity()));
  }

  @Test
  void currency() {
    assertAtLeast(Suite.CURRENCY, 168, 127);
  }

  @Test
  void percent() {
    assertAtLeast(Suite.PERCENT, 20, 17);
  }

  @Test
  void number() {
    assertAtLeast(Suite.NUMBER, 206, 176);
  }

  @Test
  void beatsMicrosoftsJavaOnAllCases() {
    for (SuiteScore s : scores.values()) {
      assertTrue(s.passed() > s.suite().referencePassed(), s.suite() + ": " + s.passed());
    }
  }

  private static void assertAtLeast(Suite suite, int passed, int passedNotJava) {
    SuiteScore s = scores.get(suite);
    assertTrue(s.passed() >= passed, suite + " all cases: " + s.passed() + " < " + passed);
    assertTrue(s.passedNotJava() >= passedNotJava, suite + " not flagged java: " + s.passedNotJava() + " < " + passedNotJava);
  }
}
