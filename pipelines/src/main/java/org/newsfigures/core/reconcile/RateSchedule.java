package org.newsfigures.core.reconcile;

import java.util.regex.Pattern;

/**
 * Where a standing rate stands in a schedule its sentence states: "cut the duty from 150% to 75% on entry into force
 * and to 40% over 10 years" moves away from 150% and through 75% to 40%. Only the rate a schedule ends at (or a rate
 * stated alone) is the rate the article says will be in force; the others are its history or its steps, so two
 * articles telling the same schedule, one of them more briefly, agree.
 */
final class RateSchedule {
  /** "from" right before the rate: the schedule moves away from it. */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\bfrom\\s+(?:about\\s+|around\\s+)?$");
  /** "to" right before the rate: a step the schedule moves to. */
  private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s+(?:about\\s+|around\\s+)?$");
  /** A later step of the same schedule: "… and to 40%", "…, then to 40%". */
  private static final Pattern LATER_STEP = Pattern.compile(
      "(?i)^[^.;\\d]*?\\b(?:and|then)\\s+to\\s+(?:about\\s+|around\\s+)?\\d[\\d.,]*\\s*(?:%|per\\s*cent|percent|pct)");

  private RateSchedule() {}

  /** Whether the figure's {@code text} is a rate its {@code sentence} moves away from or through. */
  static boolean superseded(String sentence, String text) {
    int at = sentence.indexOf(text);
    if (at < 0) {
      return false;
    }
    String before = sentence.substring(0, at);
    return FROM_BEFORE.matcher(before).find()
        || TO_BEFORE.matcher(before).find() && LATER_STEP.matcher(sentence.substring(at + text.length())).find();
  }
}
