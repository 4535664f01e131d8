package org.newsfigures.core.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/**
 * Products named in a stretch of text, by canonical name (seeds/reference/products.csv). A row with no product is a
 * phrase that holds a product's word but names something else ("gold medal", "beef up"): it hides the word and names
 * nothing.
 */
public final class ProductMentions {
  private static final Pattern NEGATED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])non-$");
  private final PhraseTable<String> aliases;
  /** Canonical product by lowercase alias, for aliases that name one. */
  private final Map<String, String> productByName;

  private ProductMentions(Map<String, String> productByAlias) {
    this.aliases = new PhraseTable<>(productByAlias, false);
    this.productByName = productByAlias.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
  }

  public static ProductMentions fromReference() {
    return new ProductMentions(
        ReferenceCsv.rows("products").stream().collect(Collectors.toMap(r -> r.get("alias"), r -> r.get("product"))));
  }

  /** The product {@code text} opens with, its topic ("Iron ore remains the giant of the relationship."). */
  public Optional<String> opening(String text) {
    return text == null ? Optional.empty()
        : aliases.find(text).stream().filter(m -> m.start() == 0 && !m.value().isEmpty()).map(PhraseMatch::value)
            .findFirst();
  }

  /** The canonical name of goods a sentence names in its own words, when they are one alias; else the words. */
  public String canonical(String words) {
    return productByName.getOrDefault(words.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), words);
  }

  /** Canonical products named in {@code text}, in order of first mention, each once. */
  public List<String> find(String text) {
    return find(text, 0);
  }

  /**
   * Canonical products named whole in {@code text} from {@code from} on, in order of first mention, each once: a
   * name that starts before {@code from} is not read from its tail. A name written after "non-" is what a figure
   * leaves out ("non-oil exports"): no product.
   */
  public List<String> find(String text, int from) {
    return aliases.find(text).stream()
        .filter(m -> m.start() >= from && !m.value().isEmpty() && !NEGATED.matcher(text).region(0, m.start()).find())
        .map(PhraseMatch::value)
        .distinct()
        .toList();
  }
}
