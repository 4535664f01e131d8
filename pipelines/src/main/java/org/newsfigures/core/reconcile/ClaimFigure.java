package org.newsfigures.core.reconcile;

import java.util.regex.Pattern;

/**
 * A figures row with its attribution: what reconciliation reads. Columns as in schemas/figures.avsc plus the
 * attribution columns (metric, subject, counterpart, product).
 *
 * @param product canonical product, or several alphabetical and |-separated ("aluminum|steel")
 */
public record ClaimFigure(
    String figureId,
    String articleId,
    String sourceFile,
    String sentence,
    String text,
    String kind,
    double value,
    Double valueHigh,
    String unit,
    String currency,
    String qualifier,
    String direction,
    Integer year,
    Double valueUsd,
    Double valueCad,
    Integer fxYear,
    String metric,
    String subject,
    String counterpart,
    String product) implements java.io.Serializable {

  /** The article as explanations name it: the 3-digit prefix of a seed file ("000"), else the file's name. */
  public String sourceLabel() {
    return sourceLabel(sourceFile);
  }

  /** A seed-style file name, "004_globe-and-mail.txt": its label is the number. */
  private static final Pattern NUMBERED = Pattern.compile("\\d{3}_.*");

  /** The label of any source file, as {@link #sourceLabel()} gives it (charts use it too). */
  public static String sourceLabel(String sourceFile) {
    String name = sourceFile.substring(sourceFile.lastIndexOf('/') + 1);
    return NUMBERED.matcher(name).matches() ? name.substring(0, 3) : name;
  }
}
