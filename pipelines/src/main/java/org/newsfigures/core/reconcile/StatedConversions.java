package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.fx.FxTable;

/**
 * An article that states one amount in two currencies side by side ("C$118.7 billion (US $85.5 billion)") states
 * one claim and a conversion. The implied rate is checked against the reference rate of the claim's year: within
 * {@value Tolerance#RATE} it is an agreement (a note on the claim, so the analyst sees the check happened), else a
 * conversion_mismatch conflict.
 */
final class StatedConversions {
  /** What may stand between the two amounts: spaces, a parenthesis, a slash, "or". */
  private static final Pattern BETWEEN = Pattern.compile("[\\s(/]*(?:or)?[\\s(]*");

  private final FxTable fx;
  private final ConflictExplainer explainer;

  StatedConversions(FxTable fx, ConflictExplainer explainer) {
    this.fx = fx;
    this.explainer = explainer;
  }

  List<Finding> check(ClaimKey key, List<ClaimReading> readings) {
    // Both amounts are in one article: pair each reading only with its own article's, in the claim's order.
    Map<String, List<ClaimReading>> byArticle = new HashMap<>();
    readings.forEach(r -> byArticle.computeIfAbsent(r.articleId(), id -> new ArrayList<>()).add(r));
    List<Finding> findings = new ArrayList<>();
    for (ClaimReading a : readings) {
      for (ClaimReading b : byArticle.get(a.articleId())) {
        Figure first = a.figure();
        Figure second = b.figure();
        if (adjacent(first, second) && hasRates(key, first, second)) {
          findings.add(judge(key, first, second));
        }
      }
    }
    return findings;
  }

  /** Same article and sentence, both money in different known currencies, second written right after the first. */
  private static boolean adjacent(Figure first, Figure second) {
    if (!first.articleId().equals(second.articleId()) || !first.sentence().equals(second.sentence())
        || !"money".equals(first.kind()) || !"money".equals(second.kind())
        || first.currency() == null || second.currency() == null || first.currency().equals(second.currency())) {
      return false;
    }
    int firstEnd = first.sentence().indexOf(first.text()) + first.text().length();
    int secondStart = first.sentence().indexOf(second.text(), firstEnd);
    return firstEnd >= first.text().length()
        && secondStart >= firstEnd
        && BETWEEN.matcher(first.sentence().substring(firstEnd, secondStart)).matches();
  }

  private boolean hasRates(ClaimKey key, Figure first, Figure second) {
    return fx.rateYear(first.currency(), second.currency(), key.year()).isPresent();
  }

  private Finding judge(ClaimKey key, Figure first, Figure second) {
    int year = fx.rateYear(first.currency(), second.currency(), key.year()).orElseThrow();
    // Quote the rate as units of the cheaper currency per one of the dearer one (CAD per USD), as rates are printed.
    boolean firstIsDearer = fx.cadPerUnit(first.currency(), year) >= fx.cadPerUnit(second.currency(), year);
    Figure unit = firstIsDearer ? first : second;
    Figure quote = firstIsDearer ? second : first;
    double rate = fx.rate(unit.currency(), quote.currency(), year);
    double implied = quote.value() / unit.value();
    boolean agrees = Tolerance.within(implied, rate, Tolerance.RATE);
    String text = explainer.conversion(key, first, second, implied, rate, unit.currency(), quote.currency(), year, agrees);
    List<Figure> pair = List.of(first, second);
    return agrees
        ? Finding.agreement(key, pair, text)
        : new Finding(key, "conversion_mismatch", pair, Math.abs(implied / rate - 1), text);
  }
}
