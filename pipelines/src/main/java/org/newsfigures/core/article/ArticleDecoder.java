package org.newsfigures.core.article;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Stand-in; replaced by the article branch. */
public final class ArticleDecoder {
  private final long maxBytes;

  public ArticleDecoder(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) return new DecodedText.Rejected(RejectReason.EMPTY, "empty");
    if (bytes.length > maxBytes) return new DecodedText.Rejected(RejectReason.TOO_LARGE, "too large");
    return new DecodedText.Accepted(new String(bytes, StandardCharsets.UTF_8), "UTF-8", List.of());
  }
}
