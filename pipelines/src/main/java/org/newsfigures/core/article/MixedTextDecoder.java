package org.newsfigures.core.article;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;

/**
 * Decodes text bytes that are not all valid UTF-8 the way a reader would read them. Valid UTF-8 sequences are UTF-8;
 * a single byte that cannot start or continue one is a windows-1252 character, as when “smart quotes” pasted from a
 * word processor land in a UTF-8 file; a UTF-8 character cut short, a byte windows-1252 leaves undefined, and a NUL
 * become U+FFFD, the replacement character, and are counted.
 */
final class MixedTextDecoder {
  static final char REPLACEMENT = '\uFFFD';
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** windows-1252's reading of each byte 0x80-0xFF; U+FFFD for the five it leaves undefined. */
  private static final char[] HIGH_BYTES = highBytes();

  /**
   * @param text the decoded text
   * @param utf8Sequences multi-byte UTF-8 characters read
   * @param windows1252Bytes single bytes read as windows-1252
   * @param cutShort UTF-8 characters cut short, each one U+FFFD
   * @param replacedBytes bytes that became U+FFFD
   */
  record Decoded(String text, int utf8Sequences, int windows1252Bytes, int cutShort, int replacedBytes) {}

  private MixedTextDecoder() {}

  /** Reads the bytes as UTF-8, with stray bytes as windows-1252 (see the class comment). */
  static Decoded utf8WithStrayBytes(ByteBuffer content) {
    StringBuilder text = new StringBuilder(content.remaining());
    int utf8 = 0;
    int windows1252 = 0;
    int cutShort = 0;
    int replaced = 0;
    int end = content.limit();
    for (int i = content.position(); i < end; ) {
      int b = content.get(i) & 0xFF;
      if (b == 0) {
        text.append(REPLACEMENT);
        replaced++;
        i++;
        continue;
      }
      if (b < 0x80) {
        text.append((char) b);
        i++;
        continue;
      }
      int length = sequenceLength(content, i, end);
      if (length > 0) {
        text.appendCodePoint(codePoint(content, i, length));
        utf8++;
        i += length;
        continue;
      }
      int cut = -length; // bytes of a UTF-8 character cut short, or 1 for a stray byte
      if (cut > 1) {
        text.append(REPLACEMENT);
        cutShort++;
        replaced += cut;
        i += cut;
      } else {
        char c = HIGH_BYTES[b - 0x80];
        text.append(c);
        if (c == REPLACEMENT) {
          replaced++;
        } else {
          windows1252++;
        }
        i++;
      }
    }
    return new Decoded(text.toString(), utf8, windows1252, cutShort, replaced);
  }

  /** Reads every byte as windows-1252 (undefined bytes and NULs as U+FFFD). */
  static Decoded windows1252(ByteBuffer content) {
    StringBuilder text = new StringBuilder(content.remaining());
    int replaced = 0;
    for (int i = content.position(); i < content.limit(); i++) {
      int b = content.get(i) & 0xFF;
      char c = b == 0 ? REPLACEMENT : b < 0x80 ? (char) b : HIGH_BYTES[b - 0x80];
      text.append(c);
      if (c == REPLACEMENT) {
        replaced++;
      }
    }
    return new Decoded(text.toString(), 0, content.remaining() - replaced, 0, replaced);
  }

  /**
   * The length of the valid UTF-8 sequence starting at i; else minus the bytes of the cut-short character (a lead
   * byte and the continuation bytes that fit it), which is -1 for a byte that starts nothing.
   */
  private static int sequenceLength(ByteBuffer content, int i, int end) {
    int lead = content.get(i) & 0xFF;
    int length;
    int secondLow = 0x80;
    int secondHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      secondLow = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
      secondHigh = lead == 0xED ? 0x9F : 0xBF; // no surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      secondLow = lead == 0xF0 ? 0x90 : 0x80;
      secondHigh = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= end) {
        return -k;
      }
      int b = content.get(i + k) & 0xFF;
      boolean fits = k == 1 ? b >= secondLow && b <= secondHigh : b >= 0x80 && b <= 0xBF;
      if (!fits) {
        return -k;
      }
    }
    return length;
  }

  private static int codePoint(ByteBuffer content, int i, int length) {
    int lead = content.get(i) & 0xFF;
    int cp = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      cp = (cp << 6) | (content.get(i + k) & 0x3F);
    }
    return cp;
  }

  private static char[] highBytes() {
    char[] chars = new char[0x80];
    for (int b = 0x80; b <= 0xFF; b++) {
      String s = new String(new byte[] {(byte) b}, WINDOWS_1252);
      // Java maps the five undefined bytes to U+FFFD already; say so rather than rely on it.
      chars[b - 0x80] = s.length() == 1 && !s.equals("\uFFFD") ? s.charAt(0) : REPLACEMENT;
    }
    return chars;
  }
}
