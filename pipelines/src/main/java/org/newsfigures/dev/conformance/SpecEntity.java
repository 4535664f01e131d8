package org.newsfigures.dev.conformance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One expected entity of a spec case.
 *
 * @param text the span as the spec writes it (lower-cased by the recognizer)
 * @param start start index
 * @param end end index, <b>inclusive</b>
 * @param value the numeric value, null for a unit mentioned without a number
 * @param iso ISO 4217 code, present only where the spec gives one
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SpecEntity(
    @JsonProperty("text") String text,
    @JsonProperty("start") int start,
    @JsonProperty("end") int end,
    @JsonProperty("value_num") Double value,
    @JsonProperty("iso") String iso) {}
