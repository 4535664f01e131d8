package org.newsfigures.dev.conformance;

/**
 * The three spec files and the score Microsoft's own Java implementation reaches on them (README of the
 * suite, "Reference score").
 */
public enum Suite {
  CURRENCY("currency.jsonl", 143, 127, 129),
  PERCENT("percent.jsonl", 17, 17, 17),
  NUMBER("number.jsonl", 180, 164, 181);

  private final String file;
  private final int referencePassed;
  private final int referencePassedNotJava;
  private final int referenceTotalNotJava;

  Suite(String file, int referencePassed, int referencePassedNotJava, int referenceTotalNotJava) {
    this.file = file;
    this.referencePassed = referencePassed;
    this.referencePassedNotJava = referencePassedNotJava;
    this.referenceTotalNotJava = referenceTotalNotJava;
  }

  public String file() {
    return file;
  }

  /** Cases Microsoft's Java code passes, of all cases. */
  public int referencePassed() {
    return referencePassed;
  }

  /** As measured by the suite's README on the cases its Java harness runs. */
  public String referenceNotJava() {
    return referencePassedNotJava + "/" + referenceTotalNotJava;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
