package org.newsfigures.dev;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsfigures.cli.CodeVersion;
import org.newsfigures.core.extract.FigureExtractor;
import org.newsfigures.dev.conformance.CaseResult;
import org.newsfigures.dev.conformance.ConformanceReport;
import org.newsfigures.dev.conformance.ConformanceRunner;
import org.newsfigures.dev.conformance.SuiteScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures-dev conformance}: scores the figure extractor against the Recognizers-Text English specs
 * (currency, percent, number); its report is docs/conformance.md.
 */
@Command(
    name = "conformance",
    description = "Score the figure extractor against a peer test suite (Recognizers-Text English specs as JSONL).")
final class ConformanceCommand implements Callable<Integer> {

  @Option(names = "--suite", required = true, paramLabel = "DIR",
      description = "Folder holding currency.jsonl, percent.jsonl and number.jsonl.")
  Path suite;

  @Option(names = "--report", paramLabel = "FILE", description = "Write the Markdown report here (e.g. docs/conformance.md).")
  Path report;

  @Option(names = "--failures", description = "Print every failing case.")
  boolean failures;

  @Override
  public Integer call() throws IOException {
    List<SuiteScore> scores = new ConformanceRunner(FigureExtractor.fromReference()).run(suite);
    for (SuiteScore s : scores) {
      System.out.printf(Locale.ROOT, "%-9s %3d/%d passed (Microsoft Java %d/%d); not flagged java %d/%d; "
              + "span precision %.3f recall %.3f%n",
          s.suite().label(), s.passed(), s.total(), s.suite().referencePassed(), s.total(), s.passedNotJava(),
          s.totalNotJava(), s.spanPrecision(), s.spanRecall());
      if (failures) {
        for (CaseResult r : s.failures()) {
          System.out.println("  " + ConformanceReport.describe(r));
        }
      }
    }
    if (report != null) {
      String command = "newsfigures-dev conformance --suite " + suite + " --report " + report;
      Files.writeString(report, ConformanceReport.markdown(scores, command, CodeVersion.get(), LocalDate.now()),
          StandardCharsets.UTF_8);
      System.out.println("report written to " + report);
    }
    return 0;
  }
}
