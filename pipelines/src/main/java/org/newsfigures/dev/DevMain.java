package org.newsfigures.dev;

import org.newsfigures.cli.CommandRoot;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code bin/newsfigures-dev}: the maintainers' commands, kept out of the user's {@code newsfigures}
 * help. They ship in the same jar (a benchmark measures the code users run) and start with
 * {@code java -cp newsfigures.jar org.newsfigures.dev.DevMain COMMAND}.
 */
@Command(
    name = "newsfigures-dev",
    description = "Development and maintenance commands of newsfigures: synthetic corpora, benchmarks, the"
        + " conformance report and the FX reference table.",
    subcommands = {GenerateCommand.class, BenchExtractCommand.class, BenchSizeCommand.class,
        BenchReconcileCommand.class, ConformanceCommand.class, ReferenceFxCommand.class,
        CommandLine.HelpCommand.class})
public final class DevMain extends CommandRoot {
  public static void main(String[] args) {
    System.exit(new CommandLine(new DevMain()).execute(args));
  }
}
