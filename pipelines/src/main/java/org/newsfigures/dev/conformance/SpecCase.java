package org.newsfigures.dev.conformance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * One line of a Recognizers-Text spec file (see the suite's README.md).
 *
 * @param id "currency-0" etc.
 * @param input the sentence
 * @param expected the entities a correct extractor finds, in text order
 * @param notSupported Microsoft implementations that fail the case ("javascript, python, java"), or ""
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpecCase(
    @JsonProperty("id") String id,
    @JsonProperty("input") String input,
    @JsonProperty("expected") List<SpecEntity> expected,
    @JsonProperty("not_supported") String notSupported) {

  public SpecCase {
    expected = expected == null ? List.of() : List.copyOf(expected);
    notSupported = notSupported == null ? "" : notSupported;
  }

  /** Microsoft's Java test harness skips the case. */
  public boolean flaggedJava() {
    for (String impl : notSupported.split(",")) {
      if (impl.trim().toLowerCase(Locale.ROOT).equals("java")) {
        return true;
      }
    }
    return false;
  }
}
