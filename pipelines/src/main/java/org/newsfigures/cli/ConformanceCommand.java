package org.newsfigures.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the conformance runner lands (same session). */
@Command(name = "conformance", mixinStandardHelpOptions = true, description = "Score the extractor.")
final class ConformanceCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
