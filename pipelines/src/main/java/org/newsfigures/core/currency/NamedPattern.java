package org.newsfigures.core.currency;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A set of names (agencies, outlets, places), each with a value, matched as whole words in one pass.
 * The earliest match in the text wins; on the same start, the longest name.
 */
final class NamedPattern<V> {
  record Entry<V>(String name, V value) {}

  record Found<V>(String surface, V value) {}

  private final Pattern pattern;
  private final List<Entry<V>> entries;

  NamedPattern(List<Entry<V>> entries, boolean caseSensitive) {
    this.entries = List.copyOf(entries);
    // Longest names first so "Mexico City" beats "Mexico" at the same position.
    String alternation =
        entries.stream()
            .map(Entry::name)
            .sorted((a, b) -> Integer.compare(b.length(), a.length()))
            .map(Pattern::quote)
            .collect(Collectors.joining("|"));
    int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    this.pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation + ")(?![\\p{L}\\p{N}])", flags);
  }

  Optional<Found<V>> find(CharSequence text) {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String surface = m.group();
    return entries.stream()
        .filter(e -> e.name().equalsIgnoreCase(surface))
        .findFirst()
        .map(e -> new Found<>(surface, e.value()));
  }
}
