package org.newsfigures.core.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The labelled figures, planted claims and non-figures of one or more gold files, in file order. */
public record GoldSet(List<LabelledFigure> figures, List<PlantedClaim> claims, List<NotFigure> notFigures) {

  /** A number-like string of an article that is no figure ("Section 232", a date); first occurrence. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record NotFigure(String file, String text) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record GoldFile(
      List<LabelledFigure> figures, List<PlantedClaim> claims, @JsonProperty("not_figures") List<NotFigure> notFigures) {}

  public static GoldSet read(List<Path> files) throws IOException {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false);
    List<LabelledFigure> figures = new ArrayList<>();
    List<PlantedClaim> claims = new ArrayList<>();
    List<NotFigure> notFigures = new ArrayList<>();
    for (Path file : files) {
      GoldFile gold = json.readValue(file.toFile(), GoldFile.class);
      if (gold.figures() != null) {
        figures.addAll(gold.figures());
      }
      if (gold.claims() != null) {
        claims.addAll(gold.claims());
      }
      if (gold.notFigures() != null) {
        notFigures.addAll(gold.notFigures());
      }
    }
    return new GoldSet(List.copyOf(figures), List.copyOf(claims), List.copyOf(notFigures));
  }
}
