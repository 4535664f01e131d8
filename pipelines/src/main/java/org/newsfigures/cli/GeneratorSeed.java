package org.newsfigures.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --seed} option of every command that generates articles (a mixin): the same seed always gives the same
 * articles.
 */
public final class GeneratorSeed {
  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the generated articles (default: ${DEFAULT-VALUE}).")
  private long seed;

  public long value() {
    return seed;
  }
}
