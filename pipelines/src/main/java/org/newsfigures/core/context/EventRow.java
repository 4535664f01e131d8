package org.newsfigures.core.context;

import java.time.LocalDate;
import java.util.List;

/** One row of the events table (schemas/events.avsc): a dated occurrence an article reports. */
public record EventRow(
    String eventId,
    String articleId,
    LocalDate dateStart,
    LocalDate dateEnd,
    String datePrecision,
    String dateText,
    String eventType,
    String location,
    List<String> participants,
    String sentence,
    int charStart,
    int charEnd) {

  public EventRow {
    participants = List.copyOf(participants);
  }
}
