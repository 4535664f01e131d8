package org.newsfigures.core.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.newsfigures.core.extract.Qualifier;

/** Words written directly before a figure and the qualifier they state (seeds/reference/hedges.csv). */
record Hedge(String words, Qualifier qualifier) {
  static final Hedge NONE = new Hedge("", Qualifier.EXACT);

  private static final List<Hedge> HEDGES = List.of(
      new Hedge("about", Qualifier.APPROX),
      new Hedge("nearly", Qualifier.APPROX),
      new Hedge("roughly", Qualifier.APPROX),
      new Hedge("an estimated", Qualifier.APPROX),
      new Hedge("more than", Qualifier.MORE_THAN),
      new Hedge("over", Qualifier.MORE_THAN),
      new Hedge("less than", Qualifier.LESS_THAN),
      new Hedge("up to", Qualifier.AT_MOST),
      new Hedge("at least", Qualifier.AT_LEAST));

  static final Hedge NEARLY = new Hedge("nearly", Qualifier.APPROX);

  /** The same qualifier with no words written: a stated conversion shares the hedge of the amount it converts. */
  Hedge unwritten() {
    return new Hedge("", qualifier);
  }

  /** No hedge half of the time, else one of the hedges. */
  static Hedge any(SplittableRandom random) {
    return random.nextBoolean() ? NONE : HEDGES.get(random.nextInt(HEDGES.size()));
  }
}
