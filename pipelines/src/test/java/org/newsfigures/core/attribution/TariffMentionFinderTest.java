package org.newsfigures.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TariffMentionFinderTest {
  private static final TariffMentionFinder FINDER = TariffMentionFinder.fromReference();

  @Test
  void retaliationWithoutARate() {
    List<TariffMention> found =
        FINDER.find("Beijing retaliated with its own tariffs on Canadian exports, including canola, seafood, and pork.");
    assertEquals(1, found.size());
    TariffMention m = found.get(0);
    assertEquals("CN", m.imposer());
    assertEquals("CA", m.target());
    assertEquals(List.of("canola", "seafood", "pork"), m.products());
    assertEquals("retaliatory", m.status());
  }

  @Test
  void twoClausesTwoMeasures() {
    List<TariffMention> found =
        FINDER.find("China restricted the purchase of Canada’s canola after Canada launched tariffs on Chinese EVs.");
    assertEquals(List.of(new TariffMention("CA", "CN", List.of("electric vehicles"), "imposed", "Canada launched tariffs on Chinese EVs.")), found);
  }

  @Test
  void clausesWithARateAreLeftToTheirFigures() {
    assertEquals(List.of(), FINDER.find("Ottawa imposed a 25 per cent duty on certain steel imports from China, while"
        + " Beijing responded with high tariffs, in some cases over 70%, on Canadian canola."));
  }

  @Test
  void noImposerNoRow() {
    assertEquals(List.of(), FINDER.find("Officials from both countries are continuing talks to cut tariffs and expand trade."));
  }

  @Test
  void imposedTariffsOnExportsIncludingProducts() {
    List<TariffMention> found =
        FINDER.find("China has also imposed tariffs on Canadian exports including canola, seafood, and pork.");
    assertEquals(1, found.size());
    assertEquals("CN", found.get(0).imposer());
    assertEquals("CA", found.get(0).target());
    assertEquals("imposed", found.get(0).status());
  }

  @Test
  void theCountryHitByTariffsIsTheirTargetNotTheirImposer() {
    // No list of leaders: "Trump's tariffs" names no country; Canada, "affected by" them, is their target.
    List<TariffMention> ally = FINDER.find("Although Canada has long been a close US ally, it has been particularly"
        + " affected by Trump’s tariffs on steel, aluminium, vehicles and lumber.");
    assertEquals(1, ally.size());
    assertEquals("US", ally.get(0).imposer());
    assertEquals("CA", ally.get(0).target());
    assertEquals(List.of("steel", "aluminum", "vehicles", "lumber"), ally.get(0).products());
    List<TariffMention> found = FINDER.find("Chile has been hit by Brazilian tariffs on copper and lumber.");
    assertEquals(1, found.size());
    assertEquals("BR", found.get(0).imposer());
    assertEquals("CL", found.get(0).target());
  }
}
