package org.newsfigures.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {
  private static List<GeneratedArticle> corpus(long seed, int articles) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    List<GeneratedArticle> out = new ArrayList<>();
    for (int i = 0; i < articles; i++) {
      out.add(generator.next());
    }
    return out;
  }

  @Test
  void theSameSeedGivesTheSameCorpus() {
    assertEquals(corpus(42, 50), corpus(42, 50));
  }

  @Test
  void anotherSeedGivesAnotherCorpus() {
    assertNotEquals(corpus(42, 5).get(0).text(), corpus(43, 5).get(0).text());
  }

  @Test
  void everyGoldSpanIsTheTextAtItsCodePointOffsets() {
    for (GeneratedArticle article : corpus(7, 300)) {
      String text = article.text();
      for (GoldFigure figure : article.figures()) {
        int start = text.offsetByCodePoints(0, figure.start());
        int end = text.offsetByCodePoints(0, figure.end());
        assertEquals(figure.text(), text.substring(start, end), article.file());
        assertEquals(article.file(), figure.file());
      }
    }
  }

  @Test
  void filesAreNumberedInOrder() {
    assertEquals(List.of("000000.txt", "000001.txt", "000002.txt"),
        corpus(1, 3).stream().map(GeneratedArticle::file).toList());
  }

  @Test
  void theCorpusCoversEveryKindQualifierAndCurrencyForm() {
    List<GoldFigure> figures = corpus(1, 300).stream().flatMap(a -> a.figures().stream()).toList();
    assertEquals(Set.of("money", "percent", "percentage_points", "count", "duration", "multiplier"),
        figures.stream().map(GoldFigure::kind).collect(Collectors.toSet()));
    assertEquals(Set.of("exact", "approx", "more_than", "less_than", "at_most", "at_least"),
        figures.stream().map(GoldFigure::qualifier).collect(Collectors.toSet()));
    assertEquals(new TreeSet<>(Set.of("CAD", "CNY", "EUR", "GBP", "JPY", "USD")),
        figures.stream().filter(f -> f.currency() != null).map(GoldFigure::currency)
            .collect(Collectors.toCollection(TreeSet::new)));
    Set<String> texts = figures.stream().map(GoldFigure::text).collect(Collectors.toSet());
    for (String form : List.of("US$", "C$", "€", "£", "USD ", " euros", " yuan", " per cent", " percent", "%", " pct",
        "basis points", "percentage points", " to ", " and ", "-billion", "half a billion dollars", "-day", "fold")) {
      assertTrue(texts.stream().anyMatch(t -> t.contains(form)), form);
    }
    assertTrue(figures.stream().anyMatch(f -> f.valueHigh() != null), "ranges");
  }
}
