package org.newsfigures.core.context;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares predicted items of one article with gold items under a match rule, each gold item matching at most one
 * prediction (so duplicates count: two gold visits on one day need two predicted ones).
 *
 * @param errors human-readable false positives ("+ …") and false negatives ("- …")
 */
record GoldComparison(Score score, List<String> errors) {

  interface MatchRule<P, G> {
    boolean matches(P predicted, G gold);
  }

  static <P, G> GoldComparison of(List<P> predicted, List<G> gold, MatchRule<P, G> rule) {
    List<P> unmatched = new ArrayList<>(predicted);
    List<String> errors = new ArrayList<>();
    int matched = 0;
    for (G g : gold) {
      P hit = unmatched.stream().filter(p -> rule.matches(p, g)).findFirst().orElse(null);
      if (hit == null) {
        errors.add("missed " + g);
      } else {
        unmatched.remove(hit);
        matched++;
      }
    }
    unmatched.forEach(p -> errors.add("spurious " + p));
    return new GoldComparison(new Score(matched, unmatched.size(), gold.size() - matched), List.copyOf(errors));
  }
}
