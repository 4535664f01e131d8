package org.newsfigures.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.avro.generic.GenericRecord;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.ArticleParser;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.generate.CorpusScorer;
import org.newsfigures.core.generate.ScoreCard;
import org.newsfigures.core.score.GoldScore;
import org.newsfigures.core.score.GoldScorer;
import org.newsfigures.core.score.GoldSet;
import org.newsfigures.core.score.ReportedConflict;
import org.newsfigures.core.score.ScoreFloors;
import org.newsfigures.core.score.ScoreReport;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.Table;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures score}: runs the pipeline over labelled articles and scores its figures and conflicts against the
 * labels ({@link GoldScorer}); or scores the core against a generated corpus's gold.
 */
@Command(
    name = "score",
    description = {
      "Runs the pipeline over --articles and scores its figures and conflicts against --gold files in the"
          + " labelled-articles format: money/percent precision, recall and accuracy, the year, subject, counterpart"
          + " and metric of found figures, planted conflicts found; then lists every miss and error with its sentence.",
      "With --generated N it scores the core against the gold of a generated corpus instead."
    },
    footer = {"", "Exit status: 0 scored (and every floor held); 1 a score is below its --floor; 2 bad usage."})
final class ScoreCommand implements Callable<Integer> {
  @Option(names = "--gold", paramLabel = "FILE", arity = "1..*", description = "Gold files (JSON, labelled-articles format).")
  List<Path> gold = new ArrayList<>();

  @Option(names = "--articles", paramLabel = "DIR", description = "Folder of the labelled articles.")
  Path articles;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Where the run's tables are written and kept (default: a temporary folder, removed after).")
  Path output;

  @Option(names = "--floor", paramLabel = "FILE", description = "Lowest scores allowed (score,floor lines).")
  Path floor;

  @Option(names = "--report", paramLabel = "FILE", description = "Also write the report (Markdown) to FILE.")
  Path report;

  @Option(names = "--generated", paramLabel = "N", description = "Score N generated articles instead.")
  Integer generated;

  @Mixin GeneratorSeed seed;

  @Option(names = "--examples", paramLabel = "K", defaultValue = "20",
      description = "With --generated: missed or spurious figures to print (default: ${DEFAULT-VALUE}).")
  int examples;

  @Override
  public Integer call() throws Exception {
    if (generated != null) {
      return scoreGenerated();
    }
    if (gold.isEmpty() || articles == null || !Files.isDirectory(articles)) {
      System.err.println("newsfigures: score needs --gold FILE... and --articles DIR (an existing folder), or --generated N.");
      return 2;
    }
    ScoreFloors floors = floor == null ? new ScoreFloors(Map.of()) : ScoreFloors.read(floor);
    GoldSet labels = GoldSet.read(gold);
    Path tables = output != null ? output : Files.createTempDirectory("newsfigures-score");
    try {
      int run = new CommandLine(new RunCommand()).execute(
          "--input", articles.toString(), "--output", tables.toString(), "--full", "--quiet");
      if (run != 0) {
        System.err.println("newsfigures: the run over " + articles + " failed (exit " + run + "); nothing scored.");
        return run;
      }
      GoldScore score = new GoldScorer().score(labels, texts(articles), figures(tables), conflicts(tables));
      String markdown = ScoreReport.markdown(score, floors, commandLine());
      System.out.print(markdown);
      if (report != null) {
        Files.writeString(report, markdown);
      }
      List<String> breaches = floors.breaches(score);
      breaches.forEach(b -> System.err.println("newsfigures: below the floor: " + b));
      return breaches.isEmpty() ? 0 : 1;
    } finally {
      if (output == null) {
        deleteTree(tables);
      }
    }
  }

  private String commandLine() {
    StringBuilder line = new StringBuilder("bin/newsfigures score --gold");
    gold.forEach(g -> line.append(' ').append(g));
    line.append(" --articles ").append(articles);
    if (floor != null) {
      line.append(" --floor ").append(floor);
    }
    return line.toString();
  }

  /** Each article's text as the pipeline reads it (figure offsets count in it), by path relative to the folder. */
  private static Map<String, String> texts(Path folder) throws IOException {
    ArticleDecoder decoder = new ArticleDecoder();
    ArticleParser parser = new ArticleParser();
    Map<String, String> texts = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        if (decoder.decode(Files.readAllBytes(file)) instanceof DecodedText.Accepted accepted) {
          texts.put(relative, parser.parse(relative, accepted).text());
        }
      }
    }
    return texts;
  }

  private static List<Figure> figures(Path tables) throws IOException {
    List<Figure> figures = new ArrayList<>(ParquetFiles.records(tables.toString(), Table.FIGURES, Figure.class));
    figures.sort(Comparator.comparing(Figure::sourceFile).thenComparingInt(Figure::charStart));
    return figures;
  }

  private static List<ReportedConflict> conflicts(Path tables) throws IOException {
    Map<String, String> fileOfArticle = new HashMap<>();
    ParquetFiles.forEachRow(tables.toString(), Table.ARTICLES,
        r -> fileOfArticle.put(string(r, "article_id"), string(r, "source_file")));
    List<ReportedConflict> conflicts = new ArrayList<>();
    ParquetFiles.forEachRow(tables.toString(), Table.CONFLICTS, r -> {
      TreeSet<String> files = new TreeSet<>();
      strings(r, "article_ids").forEach(id -> files.add(fileOfArticle.getOrDefault(id, id)));
      conflicts.add(new ReportedConflict(string(r, "conflict_id"), string(r, "conflict_type"), files,
          strings(r, "figure_ids"), string(r, "explanation")));
    });
    return conflicts;
  }

  private static String string(GenericRecord row, String column) {
    Object value = row.get(column);
    return value == null ? null : value.toString();
  }

  private static List<String> strings(GenericRecord row, String column) {
    List<String> values = new ArrayList<>();
    ((Iterable<?>) row.get(column)).forEach(v -> values.add(v.toString()));
    return values;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private Integer scoreGenerated() {
    ScoreCard card = new CorpusScorer().score(seed.value(), generated, examples);
    PrintStream out = System.out;
    out.printf("articles %,d, seed %d%n", generated, seed.value());
    out.printf("figures: gold %,d, found %,d, matched %,d%n", card.gold(), card.found(), card.matched());
    out.printf("precision %.4f, recall %.4f%n", card.precision(), card.recall());
    out.println("| kind | gold | found | matched | precision | recall |");
    out.println("|---|---|---|---|---|---|");
    card.byKind().forEach((kind, c) -> out.printf("| %s | %,d | %,d | %,d | %.4f | %.4f |%n",
        kind, c[0], c[1], c[2], (double) c[2] / c[1], (double) c[2] / c[0]));
    out.println("| column (matched figures) | agreed | compared | rate |");
    out.println("|---|---|---|---|");
    card.agreement().forEach((field, a) -> out.printf("| %s | %,d | %,d | %.4f |%n",
        field, a.agreed(), a.compared(), a.rate()));
    card.misses().forEach(m -> out.println("  " + m));
    return 0;
  }
}
