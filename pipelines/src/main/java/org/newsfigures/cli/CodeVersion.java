package org.newsfigures.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by --version and recorded with each run: the jar's Implementation-Version. */
public final class CodeVersion implements IVersionProvider {
  public static String get() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"newsfigures " + get()};
  }
}
