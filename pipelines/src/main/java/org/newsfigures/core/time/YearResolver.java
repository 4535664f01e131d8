package org.newsfigures.core.time;

import java.util.List;
import org.newsfigures.core.article.Sentence;

/** Stand-in; replaced by the article branch. */
public final class YearResolver {
  public Integer resolve(List<Sentence> sentences, int sentenceIndex, int start, int end) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\bin (20\\d\\d)\\b").matcher(sentences.get(sentenceIndex).text());
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
