package org.newsfigures.core.attribution;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsfigures.core.reference.ReferenceCsv;

/** Products named in a stretch of text, by canonical name (seeds/reference/products.csv). */
public final class ProductMentions {
  private final PhraseTable<String> aliases;

  private ProductMentions(Map<String, String> productByAlias) {
    this.aliases = new PhraseTable<>(productByAlias, false);
  }

  public static ProductMentions fromReference() {
    return new ProductMentions(
        ReferenceCsv.rows("products").stream().collect(Collectors.toMap(r -> r.get("alias"), r -> r.get("product"))));
  }

  /** The product {@code text} opens with, its topic ("Iron ore remains the giant of the relationship."). */
  public Optional<String> opening(String text) {
    return text == null ? Optional.empty()
        : aliases.find(text).stream().filter(m -> m.start() == 0).map(PhraseMatch::value).findFirst();
  }

  /** Canonical products named in {@code text}, in order of first mention, each once. */
  public List<String> find(String text) {
    return aliases.find(text).stream().map(PhraseMatch::value).distinct().toList();
  }
}
