package org.newsfigures.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by --version and recorded with each run: the jar's Implementation-Version. */
public final class CodeVersion implements IVersionProvider {
  public static String get() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  /**
   * Identifies the code and reference data a run used: the version plus the jar's size and modification time
   * (reference data and schemas are inside the jar; the launcher rebuilds it whenever a source changes). Running
   * from a classes folder (tests), "classes". A re-run reuses rows only under the same fingerprint.
   */
  public static String fingerprint() {
    try {
      java.nio.file.Path code = java.nio.file.Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (java.nio.file.Files.isRegularFile(code)) {
        return org.newsfigures.core.analysis.StableId.of(
            get(), java.nio.file.Files.size(code), java.nio.file.Files.getLastModifiedTime(code).toMillis()).substring(0, 12);
      }
    } catch (java.io.IOException | java.net.URISyntaxException | RuntimeException e) {
      // fall through: no jar to identify
    }
    return "classes";
  }

  @Override
  public String[] getVersion() {
    return new String[] {"newsfigures " + get()};
  }
}
