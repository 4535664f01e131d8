package org.newsfigures.core.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a generated corpus: {@code <dir>/articles/<file>} per article (UTF-8) and {@code <dir>/gold.jsonl}, one
 * {@link GoldFigure} per line in snake_case (file, start, end, text, kind, value, value_high, currency, qualifier,
 * metric, subject, counterpart, year).
 */
public final class CorpusWriter implements AutoCloseable {
  private final ObjectMapper json = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
  private final Path articles;
  private final BufferedWriter gold;

  public CorpusWriter(Path dir) throws IOException {
    this.articles = Files.createDirectories(dir.resolve("articles"));
    this.gold = Files.newBufferedWriter(dir.resolve("gold.jsonl"), StandardCharsets.UTF_8);
  }

  public void write(GeneratedArticle article) throws IOException {
    Files.writeString(articles.resolve(article.file()), article.text(), StandardCharsets.UTF_8);
    for (GoldFigure figure : article.figures()) {
      gold.write(json.writeValueAsString(figure));
      gold.newLine();
    }
  }

  @Override
  public void close() throws IOException {
    gold.close();
  }
}
