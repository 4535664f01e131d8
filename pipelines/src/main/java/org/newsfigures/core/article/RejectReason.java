package org.newsfigures.core.article;

/** Why an input file is not an article. Written lower-case to the rejects table. */
public enum RejectReason {
  EMPTY, BINARY, UNDECODABLE, TOO_LARGE, UNREADABLE, NOT_A_FILE, DUPLICATE_OF, NO_TEXT, ANALYSIS_FAILED,
  CHANGED_DURING_RUN;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
