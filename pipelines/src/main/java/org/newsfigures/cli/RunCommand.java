package org.newsfigures.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the pipeline lands (same session). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Run the pipeline.")
final class RunCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
