package org.newsfigures.core.article;

/**
 * One row of the rejects table: an input file that is not an article, and why.
 *
 * @param sourceFile path relative to the input folder
 * @param reason why, as a {@link RejectReason} label
 * @param detail a sentence saying what was found and what to do about it
 * @param sizeBytes file size, when it could be read
 */
public record Reject(String sourceFile, String reason, String detail, Long sizeBytes) implements java.io.Serializable {
  public Reject(String sourceFile, RejectReason reason, String detail, Long sizeBytes) {
    this(sourceFile, reason.label(), detail, sizeBytes);
  }
}
