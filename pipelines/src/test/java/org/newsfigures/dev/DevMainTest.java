package org.newsfigures.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The maintainers' entry point, bin/newsfigures-dev: its help lists every development command, and each runs. */
class DevMainTest {
  private static final List<String> COMMANDS =
      List.of("generate", "bench-extract", "bench-size", "bench-reconcile", "conformance", "reference-fx", "help");

  private static String run(StringWriter out, String... args) {
    CommandLine commandLine = new CommandLine(new DevMain());
    commandLine.setOut(new PrintWriter(out));
    assertEquals(0, commandLine.execute(args), String.join(" ", args));
    return out.toString();
  }

  @Test
  void theHelpListsTheDevelopmentCommands() {
    String help = run(new StringWriter(), "--help");

    assertTrue(help.startsWith("Usage: newsfigures-dev "), help);
    String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    List<String> listed = commands.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   "))
        .map(l -> l.strip().split("\\s+")[0]).toList();
    assertEquals(COMMANDS, listed, help);
  }

  @Test
  void eachCommandAnswersItsOwnHelp() {
    for (String command : COMMANDS.subList(0, COMMANDS.size() - 1)) {
      String help = run(new StringWriter(), command, "--help");
      assertTrue(help.startsWith("Usage: newsfigures-dev " + command + " "), help);
    }
  }

  @Test
  void generateWritesTheCorpusItWasAskedFor(@TempDir Path corpus) throws Exception {
    run(new StringWriter(), "generate", "--articles", "3", "--seed", "7", "--output", corpus.toString());

    try (Stream<Path> articles = Files.list(corpus.resolve("articles"))) {
      assertEquals(3, articles.count());
    }
    assertTrue(Files.size(corpus.resolve("gold.jsonl")) > 0);
  }

  @Test
  void generateRefusesAnEmptyCorpus(@TempDir Path corpus) {
    assertEquals(2, new CommandLine(new DevMain()).execute("generate", "--articles", "0", "--output",
        corpus.toString()));
  }
}
