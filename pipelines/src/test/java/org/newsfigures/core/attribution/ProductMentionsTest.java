package org.newsfigures.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.reference.ReferenceCsv;

class ProductMentionsTest {
  private static final ProductMentions PRODUCTS = ProductMentions.fromReference();
  /** An HS chapter, heading or subheading (2, 4 or 6 digits), alone or as a range "a-b" of codes of one length. */
  private static final Pattern HS_PART = Pattern.compile("(\\d{2}|\\d{4}|\\d{6})(?:-(\\d+))?");

  @Test
  void spellingsAndTradeNamesGiveTheCanonicalProduct() {
    assertEquals(List.of("whisky", "wine", "soybeans"),
        PRODUCTS.find("Shipments of Scotch whiskies and French wines rose, while soya beans fell."));
    assertEquals(List.of("iron ore", "coal", "liquefied natural gas"),
        PRODUCTS.find("Australia sells iron-ore, thermal coal and LNG to its northern neighbours."));
    assertEquals(List.of("aluminum", "fertilizers", "corn"),
        PRODUCTS.find("Aluminium smelters and fertiliser makers buy power; farmers sell maize."));
  }

  @Test
  void theLongestAliasWins() {
    assertEquals(List.of("palm oil", "crude oil"), PRODUCTS.find("Crude palm oil prices tracked crude oil."));
    assertEquals(List.of("electric vehicle batteries", "semiconductor equipment", "semiconductors"),
        PRODUCTS.find("The rules cover EV batteries and chipmaking equipment but not semiconductors themselves."));
    assertEquals(List.of("steel"), PRODUCTS.find("Crude steel output slipped last month."));
    assertEquals(List.of("coking coal", "coal"), PRODUCTS.find("Met coal fetched more than other coal."));
  }

  @Test
  void wordsInOtherSensesAreNoProduct() {
    assertEquals(List.of(),
        PRODUCTS.find("The talks may yet bear fruit, the minister said after a gold medal ceremony."));
    assertEquals(List.of(), PRODUCTS.find("Parliament will rubber-stamp the deal and beef up border checks."));
    assertEquals(List.of(), PRODUCTS.find("Duties became a bargaining chip in a game of chicken over potato chips."));
    // A good the table does not know hides the shorter word it holds: coconut oil is not crude oil.
    assertEquals(List.of(), PRODUCTS.find("Coconut oil exports slowed."));
    // What a figure leaves out is not its product.
    assertEquals(List.of("electronics"),
        PRODUCTS.find("Non-oil exports fell as non-electronics and electronics slowed."));
  }

  @Test
  void everyRowIsWellFormed() {
    Map<String, String> hsByProduct = new HashMap<>();
    Set<String> aliases = new HashSet<>();
    for (Map<String, String> row : ReferenceCsv.rows("products")) {
      String alias = row.get("alias");
      String product = row.get("product");
      String hs = row.get("hs_code");
      assertTrue(aliases.add(alias.toLowerCase(Locale.ROOT)), "alias listed twice: " + alias);
      if (product.isEmpty()) {
        assertEquals("", hs, "a phrase that names no product has no HS code: " + alias);
        continue;
      }
      assertEquals(product.toLowerCase(Locale.ROOT), product, "canonical names are lowercase: " + product);
      for (String part : hs.split("\\|", -1)) {
        Matcher code = HS_PART.matcher(part);
        assertTrue(code.matches(), "hs_code of " + alias + ": " + hs);
        assertTrue(code.group(2) == null
            || code.group(2).length() == code.group(1).length() && code.group(1).compareTo(code.group(2)) < 0,
            "hs_code range of " + alias + ": " + part);
      }
      assertEquals(hsByProduct.computeIfAbsent(product, p -> hs), hs, "one HS code per product: " + product);
    }
  }
}
