package org.newsfigures.core.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsfigures.core.attribution.MetricAttributor.MetricMatch;
import org.newsfigures.core.attribution.PartyAttributor.Parties;

/**
 * Says what a figure measures: its metric (seeds/reference/metrics.csv), subject and counterpart countries (ISO
 * 3166 alpha-2, from countries.csv) and product (products.csv), with the words that decided. Immutable and
 * thread-safe; build it once with {@link #fromReference()}.
 *
 * <p>Rules: the metric is the nearest trigger of a metric that applies to the figure's kind ({@link
 * MetricAttributor}); no metric, no countries or product either, since they would describe nothing. Subject and
 * counterpart follow the metric's roles ({@link PartyAttributor}); symmetric metrics (two-way trade) are written in
 * alphabetical order of code. The product, for metrics that read one, is every product named between the figure and
 * the next number of its clause ("a 25% tariff on steel and aluminum" → "aluminum|steel"), else in the {@value
 * #PRODUCT_BEFORE} characters before the figure back to the previous number ("steel tariffs of 25%"); several are
 * written alphabetical and |-separated. A sentence that holds several (joined upstream) is cut to the figure's own,
 * the text before it serving as the previous sentence.
 */
public final class FigureAttributor {
  private static final Pattern NEXT_NUMBER = Pattern.compile("\\d");
  /** How far before a figure a product may stand and still be its product. */
  private static final int PRODUCT_BEFORE = 40;

  private final MetricAttributor metrics;
  private final PartyAttributor parties;
  private final ProductMentions products;

  FigureAttributor(MetricVocabulary vocabulary, CountryMentions countries, ProductMentions products) {
    this.metrics = new MetricAttributor(vocabulary);
    this.parties = new PartyAttributor(countries);
    this.products = products;
  }

  public static FigureAttributor fromReference() {
    return new FigureAttributor(
        MetricVocabulary.fromReference(), CountryMentions.fromReference(), ProductMentions.fromReference());
  }

  public Attribution attribute(AttributionInput given) {
    AttributionInput in = ownSentence(given);
    Optional<MetricMatch> match = metrics.attribute(in.sentence(), in.figureStart(), in.figureEnd(), in.kind());
    if (match.isEmpty()) {
      return Attribution.NONE;
    }
    Metric metric = match.get().metric();
    Parties found = parties.attribute(metric, in);
    List<String> named = metric.readsProduct() ? productsOf(in) : List.of();
    List<String> evidence = new ArrayList<>();
    evidence.add("metric: '" + match.get().trigger().words() + "'");
    found.subject().ifPresent(m -> evidence.add("subject: '" + m.words() + "'"));
    found.counterpart().ifPresent(m -> evidence.add("counterpart: '" + m.words() + "'"));
    if (!named.isEmpty()) {
      evidence.add("product: '" + String.join("', '", named) + "'");
    }
    return new Attribution(
        metric.name(),
        found.subject().map(CountryMention::code).orElse(null),
        found.counterpart().map(CountryMention::code).orElse(null),
        named.isEmpty() ? null : String.join("|", named.stream().sorted().toList()),
        String.join("; ", evidence));
  }

  /**
   * The figure's own sentence when the given one holds several (an upstream splitter may join them), offsets
   * shifted; the text before it becomes the previous sentence.
   */
  private static AttributionInput ownSentence(AttributionInput in) {
    int[] own = Clauses.sentenceAround(in.sentence(), in.figureStart());
    if (own[0] == 0 && own[1] == in.sentence().length()) {
      return in;
    }
    String before = in.sentence().substring(0, own[0]).strip();
    return new AttributionInput(
        in.sentence().substring(own[0], own[1]),
        in.figureStart() - own[0],
        in.figureEnd() - own[0],
        in.kind(),
        before.isEmpty() ? in.previousSentence() : before);
  }

  private List<String> productsOf(AttributionInput in) {
    String sentence = in.sentence();
    int[] clause = Clauses.around(sentence, in.figureStart());
    Matcher number = NEXT_NUMBER.matcher(sentence).region(in.figureEnd(), clause[1]);
    int scopeEnd = number.find() ? number.start() : clause[1];
    List<String> after = products.find(sentence.substring(in.figureEnd(), scopeEnd));
    if (!after.isEmpty()) {
      return after;
    }
    // Before the figure only its near words ("steel tariffs of 25%"), never past another number.
    int scopeStart = Math.max(clause[0], in.figureStart() - PRODUCT_BEFORE);
    Matcher previous = NEXT_NUMBER.matcher(sentence).region(scopeStart, in.figureStart());
    while (previous.find()) {
      scopeStart = previous.end();
    }
    return products.find(sentence.substring(scopeStart, in.figureStart()));
  }
}
