package org.newsfigures.core.article;

import java.util.List;

/** What decoding an input file's bytes gave: text, or a reason it is not an article. */
public sealed interface DecodedText permits DecodedText.Accepted, DecodedText.Rejected {

  /**
   * @param text the text, BOM removed and line endings normalized to \n (for a web page, the text read off it)
   * @param encoding the character set used ("UTF-8", "windows-1252", "UTF-8+windows-1252")
   * @param warnings what was tolerated on the way (a fallback encoding, a stripped BOM), empty when nothing
   * @param replacedBytes bytes that could not be decoded and became U+FFFD
   */
  record Accepted(String text, String encoding, List<String> warnings, int replacedBytes) implements DecodedText {
    public Accepted {
      warnings = List.copyOf(warnings);
    }

    /** Text decoded without a replaced byte. */
    public Accepted(String text, String encoding, List<String> warnings) {
      this(text, encoding, warnings, 0);
    }
  }

  /** @param detail one sentence saying what was found and what to do about it */
  record Rejected(RejectReason reason, String detail) implements DecodedText {}
}
