package org.newsfigures.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of {@code bin/newsfigures}: one subcommand per job a user does. The maintainers' commands (corpus
 * generator, benchmarks, conformance report, FX reference table) are in org.newsfigures.dev, bin/newsfigures-dev.
 */
@Command(
    name = "newsfigures",
    description = "Turns news articles into tidy analytical datasets (Parquet).",
    subcommands = {RunCommand.class, ScoreCommand.class, CommandLine.HelpCommand.class})
public final class Main extends CommandRoot {
  public static void main(String[] args) {
    System.exit(new CommandLine(new Main()).execute(args));
  }
}
