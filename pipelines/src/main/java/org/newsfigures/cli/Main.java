package org.newsfigures.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code bin/newsfigures}: one subcommand per job. */
@Command(
    name = "newsfigures",
    mixinStandardHelpOptions = true,
    versionProvider = CodeVersion.class,
    description = "Turns news articles into tidy analytical datasets (Parquet).",
    subcommands = {RunCommand.class, ConformanceCommand.class, GenerateCommand.class, ScoreCommand.class,
        BenchExtractCommand.class, BenchSizeCommand.class, BenchReconcileCommand.class, ReferenceFxCommand.class,
        CommandLine.HelpCommand.class})
public final class Main {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
