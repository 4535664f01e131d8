package org.newsfigures.core.article;

import java.util.List;

/** What decoding an input file's bytes gave: text, or a reason it is not an article. */
public sealed interface DecodedText permits DecodedText.Accepted, DecodedText.Rejected {

  /**
   * @param text the text, BOM removed and line endings normalized to \n
   * @param encoding the character set used ("UTF-8", "windows-1252")
   * @param warnings what was tolerated on the way (a fallback encoding, a stripped BOM), empty when nothing
   */
  record Accepted(String text, String encoding, List<String> warnings) implements DecodedText {
    public Accepted {
      warnings = List.copyOf(warnings);
    }
  }

  /** @param detail one sentence saying what was found and what to do about it */
  record Rejected(RejectReason reason, String detail) implements DecodedText {}
}
