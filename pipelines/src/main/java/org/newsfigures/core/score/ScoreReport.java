package org.newsfigures.core.score;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link GoldScore} as Markdown: the scores with their floors, recall by kind, then every miss and error. */
public final class ScoreReport {
  private ScoreReport() {}

  public static String markdown(GoldScore score, ScoreFloors floors, String command) {
    StringBuilder out = new StringBuilder();
    out.append("Command: `").append(command).append("`\n\n");
    out.append("| score | right | of | rate | floor |\n|---|---|---|---|---|\n");
    score.counts().forEach((name, c) -> {
      if (!name.startsWith("recall_")) {
        Double floor = floors.floors().get(name);
        out.append(String.format("| %s | %d | %d | %.3f | %s |%n", name, c.right(), c.of(), c.rate(),
            floor == null ? "" : String.format("%.2f", floor)));
      }
    });
    Double ceiling = floors.floors().get(ScoreFloors.CEILING);
    out.append(String.format("| %s | | | %d | %s |%n%n", ScoreFloors.CEILING,
        score.counts().get("conflict_rows_matching_a_planted_one").wrong(),
        ceiling == null ? "" : "at most " + ceiling.intValue()));
    out.append("Recall of every labelled kind (a figure of any kind overlapping the label):\n\n");
    out.append("| kind | found | labelled | recall |\n|---|---|---|---|\n");
    score.counts().forEach((name, c) -> {
      if (name.startsWith("recall_")) {
        out.append(String.format("| %s | %d | %d | %.3f |%n", name.substring(7), c.right(), c.of(), c.rate()));
      }
    });
    Map<String, List<GoldScore.Error>> byClass = new LinkedHashMap<>();
    score.errors().forEach(e -> byClass.computeIfAbsent(e.what(), k -> new java.util.ArrayList<>()).add(e));
    out.append("\n## Misses and errors (").append(score.errors().size()).append(")\n");
    byClass.forEach((what, errors) -> {
      out.append("\n### ").append(what).append(" (").append(errors.size()).append(")\n\n");
      errors.forEach(e -> out.append("- ").append(e.file()).append(": ").append(e.detail())
          .append(e.sentence() == null ? "" : " — " + oneLine(e.sentence())).append('\n'));
    });
    return out.toString();
  }

  private static String oneLine(String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    return s.length() > 300 ? s.substring(0, 297) + "..." : s;
  }
}
