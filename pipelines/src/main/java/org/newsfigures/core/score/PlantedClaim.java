package org.newsfigures.core.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A cross-article claim planted in a gold file: a conflict the pipeline must report, or an agreement it must not.
 *
 * @param figures the claim's figures as [file, text] pairs (the first occurrence of text in the file)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlantedClaim(
    String id,
    String kind,
    @JsonProperty("conflict_type") String conflictType,
    String metric,
    String subject,
    String counterpart,
    Integer year,
    List<List<String>> figures,
    String explanation) {

  public boolean conflict() {
    return "conflict".equals(kind);
  }

  /** The files the claim's figures come from. */
  public Set<String> files() {
    Set<String> files = new TreeSet<>();
    figures.forEach(f -> files.add(f.get(0)));
    return files;
  }
}
