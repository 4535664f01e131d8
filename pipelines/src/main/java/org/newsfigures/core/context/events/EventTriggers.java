package org.newsfigures.core.context.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/** The words that name an event of a given type (event_triggers.csv), found case-insensitively as whole words. */
final class EventTriggers {
  /** A trigger word in the text: UTF-16 span and the event type it names. */
  record Trigger(int start, int end, String eventType) {}

  private final Map<String, String> typeByWord;
  private final Pattern words;

  private EventTriggers(Map<String, String> typeByWord) {
    this.typeByWord = Map.copyOf(typeByWord);
    this.words =
        Pattern.compile(
            "\\b(?:" + typeByWord.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b",
            Pattern.CASE_INSENSITIVE);
  }

  static EventTriggers fromReference() {
    return new EventTriggers(
        ReferenceCsv.rows("event_triggers").stream()
            .collect(Collectors.toMap(row -> row.get("word"), row -> row.get("event_type"))));
  }

  /** Triggers within [from, to) of text, in text order. */
  List<Trigger> find(String text, int from, int to) {
    List<Trigger> found = new ArrayList<>();
    Matcher m = words.matcher(text).region(from, to);
    while (m.find()) {
      found.add(new Trigger(m.start(), m.end(), typeByWord.get(m.group().toLowerCase(Locale.ROOT))));
    }
    return found;
  }
}
