package org.newsfigures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsfigures.io.Table;
import org.newsfigures.io.TableReference;

/**
 * The README stays a manual a newcomer reads in ten minutes, pointing at the reference pages for the rest: it is at
 * most 15 KB, names every table with a link to its columns, and no link in it or in docs/ leads nowhere.
 */
class DocumentationTest {
  private static final Path ROOT = Path.of(System.getProperty("newsfigures.root", ".."));
  /** A Markdown link or image: its target up to a space or the closing parenthesis. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  @Test
  void theReadmeIsAtMost15KbAndTheBenchmarksPageAtMost10Kb() throws IOException {
    long readme = Files.size(ROOT.resolve("README.md"));
    assertTrue(readme <= 15 * 1024, "README.md is " + readme + " bytes: move reference material to docs/");
    long benchmarks = Files.size(ROOT.resolve("docs/benchmarks.md"));
    assertTrue(benchmarks <= 10 * 1024, "docs/benchmarks.md is " + benchmarks + " bytes: current results only");
  }

  @Test
  void theReadmeNamesEveryTableWithALinkToItsColumns() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    for (Table table : Table.values()) {
      String link = "[" + table.tableName() + "](" + TableReference.PAGE + "#" + table.tableName() + ")";
      assertTrue(readme.contains(link), "README.md does not list " + table.tableName() + " as " + link);
    }
  }

  @Test
  void everyRelativeLinkOfTheReadmeAndTheDocsLeadsToAFileOrSection() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
    try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = LINK.matcher(Files.readString(page));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) {
          continue; // https:, mailto:
        }
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(ROOT.relativize(page) + ": " + target);
        } else if (hash >= 0 && resolved.toString().endsWith(".md")
            && !headings(resolved).contains(target.substring(hash + 1))) {
          broken.add(ROOT.relativize(page) + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /** GitHub's anchors of a page's headings: lower case, spaces to hyphens, punctuation but - and _ dropped. */
  private static List<String> headings(Path page) throws IOException {
    return Files.readAllLines(page).stream().filter(l -> l.startsWith("#"))
        .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(java.util.Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .toList();
  }
}
