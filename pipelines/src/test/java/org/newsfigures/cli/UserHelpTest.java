package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsfigures.dev.DevMain;
import picocli.CommandLine;

/** The user's {@code newsfigures --help} shows the user's commands, and none of the maintainers' (DevMain's). */
class UserHelpTest {
  private static String help(CommandLine commandLine) {
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertEquals(0, commandLine.execute("--help"));
    return out.toString();
  }

  /** The names the help's "Commands:" section lists, one per line at its first indent. */
  private static List<String> listedCommands(String help) {
    String commands = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length());
    return commands.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   "))
        .map(l -> l.strip().split("\\s+")[0]).toList();
  }

  @Test
  void theUsersHelpListsRunScoreAndHelp() {
    String help = help(new CommandLine(new Main()));

    assertEquals(List.of("run", "score", "help"), listedCommands(help), help);
    assertEquals(Set.of("run", "score", "help"), new CommandLine(new Main()).getSubcommands().keySet());
  }

  @Test
  void noDevelopmentCommandIsAUserCommand() {
    Set<String> user = new CommandLine(new Main()).getSubcommands().keySet();
    List<String> listed = listedCommands(help(new CommandLine(new Main())));
    Set<String> development = new CommandLine(new DevMain()).getSubcommands().keySet();

    assertTrue(development.size() > 1, development.toString());
    for (String command : development) {
      if (!command.equals("help")) {
        assertFalse(user.contains(command), command + " is a development command in the user's newsfigures");
        assertFalse(listed.contains(command), command + " is listed in the user's help");
      }
    }
  }
}
