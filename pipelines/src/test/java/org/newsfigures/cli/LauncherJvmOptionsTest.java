package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options bin/newsfigures starts a run with: a heap cap sized from the input (what keeps a run's peak
 * memory in bounds) and the C1 compiler alone for small inputs, unless NEWSFIGURES_JAVA_OPTS says otherwise; and
 * what bin/newsfigures-dev starts. The launcher runs from a copy of the repository's layout with a built jar in
 * place and a stand-in {@code java} that records its arguments.
 */
class LauncherJvmOptionsTest {
  private static final Path BIN = PipelineRun.ROOT.resolve("bin");

  @TempDir Path root;
  @TempDir Path input;

  private List<String> javaArguments(Map<String, String> environment, String... args) throws Exception {
    return javaArguments("newsfigures", environment, args);
  }

  private List<String> javaArguments(String launcherName, Map<String, String> environment, String... args)
      throws Exception {
    Files.createDirectories(root.resolve("bin/lib"));
    for (String script : List.of("newsfigures", "newsfigures-dev", "lib/jar.sh")) {
      Files.copy(BIN.resolve(script), root.resolve("bin").resolve(script));
    }
    Files.createDirectories(root.resolve("pipelines/target"));
    Files.writeString(root.resolve("pipelines/target/newsfigures.jar"), "a built jar");
    Path fakeBin = Files.createDirectories(root.resolve("fake-bin"));
    Path java = fakeBin.resolve("java");
    Path recorded = root.resolve("java-arguments");
    Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + recorded + "'\n");
    Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));

    ProcessBuilder launcher = new ProcessBuilder(
        Stream.concat(Stream.of("bash", root.resolve("bin").resolve(launcherName).toString()), Stream.of(args))
            .toList());
    launcher.environment().put("PATH", fakeBin + ":" + System.getenv("PATH"));
    launcher.environment().put("NEWSFIGURES_CDS", "off");
    launcher.environment().remove("NEWSFIGURES_JAVA_OPTS");
    launcher.environment().putAll(environment);
    Process process = launcher.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), output);
    return Files.readAllLines(recorded);
  }

  private void files(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      Files.writeString(input.resolve(i + ".txt"), "x");
    }
  }

  @Test
  void aSmallRunGetsTheSmallestHeapAndTheC1CompilerAlone() throws Exception {
    files(3);

    List<String> java = javaArguments(Map.of(), "run", "--input", input.toString());

    assertEquals("-Xmx1280m", java.get(0));
    assertTrue(java.contains("-XX:TieredStopAtLevel=1"), java.toString());
    assertEquals(List.of("run", "--input", input.toString()), java.subList(java.size() - 3, java.size()));
  }

  @Test
  void aLargerRunGetsA1280MbHeapPer100000FilesAndKeepsTheC2Compiler() throws Exception {
    files(110_000);

    List<String> java = javaArguments(Map.of(), "run", "--input=" + input);

    assertEquals("-Xmx1408m", java.get(0));
    assertFalse(java.contains("-XX:TieredStopAtLevel=1"), java.toString());
  }

  @Test
  void javaOptionsFromTheEnvironmentReplaceTheLaunchersChoice() throws Exception {
    files(3);

    List<String> java = javaArguments(Map.of("NEWSFIGURES_JAVA_OPTS", "-Xmx8g"), "run", "--input", input.toString());

    assertEquals("-Xmx8g", java.get(0));
    assertFalse(java.contains("-XX:TieredStopAtLevel=1"), java.toString());
  }

  @Test
  void otherCommandsGetAFixedHeap() throws Exception {
    List<String> java = javaArguments(Map.of(), "score", "--generated", "3");

    assertEquals("-Xmx4g", java.get(0));
    assertEquals(List.of("-jar", root.resolve("pipelines/target/newsfigures.jar").toString(), "score", "--generated",
        "3"), java.subList(java.size() - 5, java.size()));
  }

  @Test
  void theDevelopmentLauncherRunsTheDevEntryPointFromTheSameJar() throws Exception {
    List<String> java = javaArguments("newsfigures-dev", Map.of(), "generate", "--articles", "3");

    assertEquals("-Xmx4g", java.get(0));
    assertTrue(java.contains("--add-opens=java.base/java.nio=ALL-UNNAMED"), java.toString());
    assertEquals(List.of("-cp", root.resolve("pipelines/target/newsfigures.jar").toString(),
        "org.newsfigures.dev.DevMain", "generate", "--articles", "3"), java.subList(java.size() - 6, java.size()));
  }

  @Test
  void theDevelopmentLauncherTakesJavaOptionsFromTheEnvironment() throws Exception {
    List<String> java = javaArguments("newsfigures-dev", Map.of("NEWSFIGURES_JAVA_OPTS", "-Xmx8g"), "--help");

    assertEquals("-Xmx8g", java.get(0));
    assertFalse(java.contains("-Xmx4g"), java.toString());
  }
}
