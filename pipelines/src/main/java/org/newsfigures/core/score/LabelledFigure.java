package org.newsfigures.core.score;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One figure of a gold file in the labelled-articles format (shared/eval/dev/README.md): what a careful reader says
 * an article states. {@code text} at occurrence {@code nth} of the article is the span.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LabelledFigure(
    String file,
    String text,
    int nth,
    String kind,
    double value,
    @JsonProperty("value_high") Double valueHigh,
    String currency,
    @JsonProperty("currency_basis") String currencyBasis,
    String unit,
    String qualifier,
    String direction,
    String metric,
    String subject,
    String counterpart,
    Integer year) {

  /** Money and percent: the figures precision, recall and attribution are scored on. */
  public boolean core() {
    return "money".equals(kind) || "percent".equals(kind);
  }
}
