package org.newsfigures.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a regex finds in a text, listed the same way via {@code Matcher.find} and via {@code StartCharPattern.scan}. */
final class Matches {
  private Matches() {}

  static List<String> viaFind(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(describe(m));
    }
    return found;
  }

  static List<String> viaScan(StartCharPattern pattern, String text) {
    List<String> found = new ArrayList<>();
    StartCharPattern.Scan scan = pattern.scan(text);
    while (scan.find()) {
      found.add(describe(scan.match()));
    }
    return found;
  }

  /** "start-end text", then " start:end:text" for each group: every part a match is read by. */
  private static String describe(Matcher m) {
    StringBuilder groups = new StringBuilder(m.start() + "-" + m.end() + " " + m.group());
    for (int g = 1; g <= m.groupCount(); g++) {
      groups.append(' ').append(m.start(g)).append(':').append(m.end(g)).append(':').append(m.group(g));
    }
    return groups.toString();
  }
}
