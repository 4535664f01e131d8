package org.newsfigures.core.score;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lowest scores a labelled set may reach, one {@code name,floor} line each ('#' lines are notes). A floor named
 * {@code unmatched_conflict_rows} is a ceiling: the count may not exceed it.
 */
public record ScoreFloors(Map<String, Double> floors) {
  static final String CEILING = "unmatched_conflict_rows";

  public static ScoreFloors read(Path file) throws IOException {
    Map<String, Double> floors = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file)) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#") || l.startsWith("score,")) {
        continue;
      }
      String[] cells = l.split(",");
      if (cells.length != 2) {
        throw new IllegalArgumentException(file + ": expected 'score,floor', got '" + line + "'");
      }
      floors.put(cells[0].strip(), Double.parseDouble(cells[1].strip()));
    }
    return new ScoreFloors(floors);
  }

  /** One line per score below its floor (or above its ceiling); empty when all hold. */
  public List<String> breaches(GoldScore score) {
    Map<String, Double> scores = score.scores();
    List<String> breaches = new ArrayList<>();
    floors.forEach((name, floor) -> {
      Double value = scores.get(name);
      if (value == null) {
        breaches.add(name + ": no such score");
      } else if (name.equals(CEILING) ? value > floor : value < floor - 1e-9) {
        breaches.add(String.format("%s: %.4f, %s %.4f", name, value, name.equals(CEILING) ? "ceiling" : "floor", floor));
      }
    });
    return breaches;
  }
}
