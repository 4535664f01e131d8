package org.newsfigures.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.newsfigures.core.generate.CorpusScorer;
import org.newsfigures.core.generate.ScoreCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsfigures score}: precision and recall of the figures against a generated corpus's gold. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Generates the corpus `generate --articles N --seed S` would write, runs each article through the pipeline's"
          + " core (parse, figures, context) and prints precision, recall and per-column agreement against the gold."
    })
final class ScoreCommand implements Callable<Integer> {
  @Option(names = "--articles", paramLabel = "N", required = true, description = "How many articles.")
  int articles;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--examples", paramLabel = "K", defaultValue = "20",
      description = "Missed or spurious figures to print (default: ${DEFAULT-VALUE}).")
  int examples;

  @Override
  public Integer call() {
    ScoreCard card = new CorpusScorer().score(seed, articles, examples);
    PrintStream out = System.out;
    out.printf("articles %,d, seed %d%n", articles, seed);
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
