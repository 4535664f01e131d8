package org.newsfigures.core.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids that depend only on content, so the same input always gives the same ids. */
public final class StableId {
  private StableId() {}

  /** The first 16 hex digits of SHA-256 over the parts joined by a unit separator (which text never holds). */
  public static String of(Object... parts) {
    StringBuilder joined = new StringBuilder();
    for (Object part : parts) {
      joined.append(part).append('\u001f');
    }
    return sha256Hex(joined.toString()).substring(0, 16);
  }

  public static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
