package org.newsfigures.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.context.ArticleContextExtractor;
import org.newsfigures.core.generate.CorpusGenerator;

/**
 * Every StartCharPattern the extractors hold finds what its Pattern's find() finds, on the seed articles, a
 * generated corpus and pieces of them cut at random: a guard against a regex edited without what its matches
 * begin with.
 */
class StartCharPatternsInUseTest {
  private static final Path SEEDS = Path.of("..", "seeds", "articles");

  @Test
  void everyPatternFindsWhatFindFinds() throws Exception {
    Map<String, StartCharPattern> patterns = new TreeMap<>();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    collect(ArticleContextExtractor.fromReference(), "context", patterns, seen);
    collect(ArticleAnalyzer.fromReference(), "analyzer", patterns, seen);
    collectStatic(ClauseSplitter.class, "ClauseSplitter", patterns);
    assertTrue(patterns.size() >= 40, patterns.keySet().toString());

    List<String> texts = texts();
    patterns.forEach(
        (where, pattern) -> {
          for (String text : texts) {
            assertEquals(Matches.viaFind(pattern.pattern(), text), Matches.viaScan(pattern, text), where + " in: " + text);
          }
        });
  }

  private static List<String> texts() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SEEDS)) {
      for (Path file : files.sorted().toList()) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
    }
    CorpusGenerator generator = new CorpusGenerator(5);
    for (int i = 0; i < 200; i++) {
      texts.add(generator.next().text());
    }
    Random random = new Random(5);
    for (String text : List.copyOf(texts)) {
      int a = random.nextInt(text.length() + 1);
      int b = random.nextInt(text.length() + 1);
      texts.add(text.substring(Math.min(a, b), Math.max(a, b)));
    }
    return texts;
  }

  /** The StartCharPatterns held by {@code object}, its static fields and the objects it holds, recursively. */
  private static void collect(Object object, String path, Map<String, StartCharPattern> found, Set<Object> seen)
      throws IllegalAccessException {
    if (object == null || !seen.add(object)) {
      return;
    }
    if (object instanceof StartCharPattern pattern) {
      found.put(path, pattern);
      return;
    }
    if (object instanceof Collection<?> items) {
      int i = 0;
      for (Object item : items) {
        collect(item, path + "[" + i++ + "]", found, seen);
      }
      return;
    }
    if (object instanceof Map<?, ?> map) {
      collect(map.values(), path, found, seen);
      return;
    }
    Class<?> type = object.getClass();
    // Records too: some hold an extractor's parts (TariffMentionFinder, PlaceFinder).
    if (!type.getName().startsWith("org.newsfigures.") || type.isEnum()) {
      return;
    }
    collectStatic(type, type.getSimpleName(), found);
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers())) {
        field.setAccessible(true);
        collect(field.get(object), path + "." + field.getName(), found, seen);
      }
    }
  }

  private static void collectStatic(Class<?> type, String path, Map<String, StartCharPattern> found)
      throws IllegalAccessException {
    for (Field field : type.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == StartCharPattern.class) {
        field.setAccessible(true);
        found.put(path + "." + field.getName(), (StartCharPattern) field.get(null));
      }
    }
  }
}
