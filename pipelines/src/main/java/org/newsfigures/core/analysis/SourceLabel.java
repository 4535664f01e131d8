package org.newsfigures.core.analysis;

import java.util.regex.Pattern;

/** How explanations and charts name an article: by its source file, as briefly as stays unambiguous. */
public final class SourceLabel {
  /** A seed-style file name, "004_globe-and-mail.txt": its label is the number. */
  private static final Pattern NUMBERED = Pattern.compile("\\d{3}_.*");

  private SourceLabel() {}

  /** The 3-digit prefix of a seed file ("000"), else the file's name. */
  public static String of(String sourceFile) {
    String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
    return NUMBERED.matcher(name).matches() ? name.substring(0, 3) : name;
  }
}
