package org.newsfigures.core.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * One long, number-dense article of about a given size, for measuring how analysis time grows with an article's
 * length: the bodies of generated articles one after another, a given number of sentences to a paragraph and
 * paragraphs separated by blank lines, under one headline. Every sentence of a generated body states a figure or holds
 * numbers that are not figures, so the text is as dense in numbers as a statistics release. Each body ends with a
 * quotation attributed to a person, stating a bare "$" amount whose currency nothing nearby says, so quotes, speakers
 * and the widest currency evidence are exercised too.
 *
 * <p>Deterministic: the same seed and size give the same text.
 */
public final class NumberDenseArticle {
  private NumberDenseArticle() {}

  /**
   * The text: at least {@code minChars} characters and at most one body more.
   *
   * @param sentencesPerParagraph sentences between blank lines; {@link Integer#MAX_VALUE} writes one paragraph
   */
  public static String of(int minChars, long seed, int sentencesPerParagraph) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    StringBuilder text = new StringBuilder(minChars + 4096);
    text.append("Trade figures for the year, country by country\n\n");
    int inParagraph = 0;
    while (text.length() < minChars) {
      String body = generator.next().text();
      List<String> sentences = new ArrayList<>(List.of(body.substring(body.indexOf('\n') + 1).split("\n")));
      sentences.add("“Shipments could reach $" + (text.length() % 900 + 100) + " million next year,” Mark Carney said.");
      for (String sentence : sentences) {
        text.append(sentence);
        inParagraph++;
        text.append(inParagraph % sentencesPerParagraph == 0 ? "\n\n" : " ");
      }
    }
    return text.toString();
  }
}
