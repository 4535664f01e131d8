package org.newsfigures.core.attribution;

import java.util.List;

/**
 * A tariff stated without a rate ("Beijing retaliated with its own tariffs on Canadian exports, including canola").
 *
 * @param imposer ISO code of the government imposing it
 * @param target ISO code of the country whose goods it hits; null when the text does not say
 * @param products canonical products it covers, in order of mention; empty when the text names none
 * @param status imposed | retaliatory | proposed | reduced; null when the text does not say
 * @param evidence the clause that states it
 */
public record TariffMention(String imposer, String target, List<String> products, String status, String evidence) {
  public TariffMention {
    products = List.copyOf(products);
  }
}
