package org.newsfigures.core.article;

import java.util.ArrayList;
import java.util.List;
import org.newsfigures.core.analysis.StableId;

/** Stand-in; replaced by the article branch. */
public final class ArticleParser {
  public Article parse(String sourceFile, DecodedText.Accepted decoded) {
    String text = decoded.text();
    List<Sentence> sentences = new ArrayList<>();
    int pos = 0, p = 0;
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) sentences.add(new Sentence(sentences.size(), p++, pos, pos + line.length(), line));
      pos += line.length() + 1;
    }
    String sha = StableId.sha256Hex(text);
    return new Article(sha.substring(0, 16), sourceFile, text, decoded.encoding(), null, null, null, null, sentences, 0, sha);
  }
}
