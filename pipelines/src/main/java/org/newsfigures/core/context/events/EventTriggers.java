package org.newsfigures.core.context.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;
import org.newsfigures.core.text.StartCharPattern;

/** The words that name an event of a given type (event_triggers.csv), found case-insensitively as whole words. */
final class EventTriggers {
  /** A trigger word in the text: UTF-16 span and the event type it names. */
  record Trigger(int start, int end, String eventType) {}

  private final Map<String, String> typeByWord;
  private final StartCharPattern words;

  private EventTriggers(Map<String, String> typeByWord) {
    this.typeByWord = Map.copyOf(typeByWord);
    this.words =
        StartCharPattern.ofWords(
            "\\b(?:" + typeByWord.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b",
            Pattern.CASE_INSENSITIVE,
            typeByWord.keySet());
  }

  static EventTriggers fromReference() {
    return new EventTriggers(
        ReferenceCsv.rows("event_triggers").stream()
            .collect(Collectors.toMap(row -> row.get("word"), row -> row.get("event_type"))));
  }

  /** Triggers within [from, to) of text, in text order. */
  List<Trigger> find(String text, int from, int to) {
    List<Trigger> found = new ArrayList<>();
    // The words of [from, to) alone, as a matcher's region with opaque bounds would see them; offsets shifted back.
    StartCharPattern.Scan scan = words.scan(text.substring(from, to));
    while (scan.find()) {
      Matcher m = scan.match();
      found.add(new Trigger(from + m.start(), from + m.end(), typeByWord.get(m.group().toLowerCase(Locale.ROOT))));
    }
    return found;
  }
}
