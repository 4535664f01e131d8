package org.newsfigures.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Who and against whom, on sentences written for these rules (not taken from any article the project reads): the
 * clause's partner, currencies named after a country, the home country as a rate's target, possessive imposers,
 * goods' adjectives as targets, qualified places, prices.
 */
class PartyRulesTest {
  private static final FigureAttributor ATTRIBUTOR = FigureAttributor.fromReference();

  private static Attribution attribute(String sentence, String figure, String kind, String home) {
    int start = sentence.indexOf(figure);
    assertTrue(start >= 0, figure + " not in the sentence");
    return ATTRIBUTOR.attribute(
        new AttributionInput(sentence, start, start + figure.length(), kind, null, home, false, -1));
  }

  /** A figure whose kind its text says (a percent or money), with the sentence before it and the tariff before it. */
  private static Attribution attribute(
      String sentence, String figure, String previous, String home, AttributionInput.TariffParties lastTariff) {
    int start = sentence.indexOf(figure);
    assertTrue(start >= 0, figure + " not in the sentence");
    String kind = figure.endsWith("%") ? "percent" : "money";
    return ATTRIBUTOR.attribute(new AttributionInput(
        sentence, start, start + figure.length(), kind, previous, home, false, -1, lastTariff, null));
  }

  private static void assertParties(String metric, String subject, String counterpart, Attribution a) {
    assertEquals(metric, a.metric(), a.evidence());
    assertEquals(subject, a.subject(), a.evidence());
    assertEquals(counterpart, a.counterpart(), a.evidence());
  }

  @Test
  void theClausesPartnerIsNeverItsReporter() {
    String s = "Lumber exports to Japan, which reached $2.1 billion in 2024, held up because Japanese builders kept"
        + " buying.";
    assertParties("exports", "NZ", "JP", attribute(s, "$2.1 billion", "money", "NZ"));
  }

  @Test
  void aCountryNamingTheFiguresCurrencyIsNoParty() {
    String s = "Trade between India and Brazil reached 12.5 billion U.S. dollars in 2024.";
    assertParties("trade_total", "IN", "BR", attribute(s, "12.5 billion U.S. dollars", "money", "IN"));
    String riyals = "Oman's exports to India were worth 3 billion Saudi riyals last year.";
    assertParties("exports", "OM", "IN", attribute(riyals, "3 billion Saudi riyals", "money", null));
  }

  @Test
  void aRateWhoseTargetGoesUnnamedConcernsTheHomeCountry() {
    String s = "Washington raised its levies on the metal to 40 per cent in May.";
    assertParties("tariff_rate", "US", "NO", attribute(s, "40 per cent", "percent", "NO"));
    // The imposer's own paper names no target: none.
    assertParties("tariff_rate", "US", null, attribute(s, "40 per cent", "percent", "US"));
  }

  @Test
  void theOwnerRightBeforeARateImposesIt() {
    String s = "Tokyo imposed a 20% duty on Korean steel, in response to Seoul's 15% tariff on Japanese cars.";
    assertParties("tariff_rate", "JP", "KR", attribute(s, "20%", "percent", null));
    assertParties("tariff_rate", "KR", "JP", attribute(s, "15%", "percent", null));
  }

  @Test
  void theAdjectiveOfTheGoodsIsTheTargetWhenNoPlaceIs() {
    String s = "Brazil will admit 10,000 Argentine-made tractors a year at a tariff of 4 per cent.";
    assertParties("tariff_rate", "BR", "AR", attribute(s, "4 per cent", "percent", null));
  }

  @Test
  void aQualifiedPlaceKeepsItsPrepositionsRole() {
    String s = "Shipments to mainland China slid 6 per cent in March.";
    Attribution a = attribute(s, "6 per cent", "percent", "TW");
    assertEquals("TW", a.subject(), a.evidence());
    assertEquals("CN", a.counterpart(), a.evidence());
  }

  @Test
  void aPriceHasNoPartnerItsClauseDoesNotName() {
    String s = "Thai rice prices rose to $610 a tonne after Vietnam curbed sales.";
    Attribution a = attribute(s, "$610", "money", null);
    assertEquals("price", a.metric(), a.evidence());
    assertEquals("TH", a.subject(), a.evidence());
    assertEquals(null, a.counterpart(), a.evidence());
  }

  @Test
  void aMissionsLengthIsAVisitsLength() {
    String s = "A Chilean delegation began a week-long trade mission to Vietnam on Monday.";
    assertParties("visit_length", "CL", "VN", attribute(s, "week-long", "duration", null));
    String five = "The minister will lead a five-day mission to Kenya in June.";
    assertParties("visit_length", "GH", "KE", attribute(five, "five-day", "duration", "GH"));
  }

  @Test
  void anUnnamedReporterIsTheCountryOfTheAgencyThatCounted() {
    String s = "Exports to China fell 5 per cent in May, Korea Customs Service data showed.";
    assertParties("exports_change", "KR", "CN", ATTRIBUTOR.attribute(
        new AttributionInput(s, s.indexOf("5 per cent"), s.indexOf("5 per cent") + 10, "percent", null, "SG", true, -1)));
  }

  @Test
  void aChangeOfANamedLevelIsThatLevelsChange() {
    String s = "Chile's copper export earnings fell 8 per cent to $44 billion in 2025.";
    int at = s.indexOf("8 per cent");
    Attribution a = ATTRIBUTOR.attribute(new AttributionInput(s, at, at + 10, "percent", null, null, true, -1));
    assertEquals("exports_change", a.metric(), a.evidence());
    assertEquals("copper", a.product(), a.evidence());
  }

  @Test
  void theOwnerOfWhatAShareIsOfIsItsReporter() {
    String s = "Germany's share of Poland goods exports fell to 27 per cent.";
    // "fell to 27 per cent" is the level the share reached, not a change: no change metric applies.
    assertParties("export_share", "PL", "DE", attribute(s, "27 per cent", "percent", null));
    String imports = "Korean imports of US corn fell 8 per cent.";
    Attribution a = attribute(imports, "8 per cent", "percent", null);
    assertEquals("KR", a.subject(), a.evidence());
    assertEquals("US", a.counterpart(), a.evidence());
  }

  @Test
  void theGoodsARateFallsOnNameItsTargetAndTheClausesOtherCountryImposesIt() {
    String s = "Vietnam's shipments to Mexico slowed last year as a 35% levy on most Vietnamese goods took hold.";
    assertParties("tariff_rate", "MX", "VN", attribute(s, "35%", "percent", "VN"));
  }

  @Test
  void aRateWhoseClauseNamesNoImposerContinuesTheArticlesLastTariff() {
    String s = "Those duties were raised to a combined 28% in March.";
    AttributionInput.TariffParties last = new AttributionInput.TariffParties("IN", "TH");
    assertParties("tariff_rate", "IN", "TH", attribute(s, "28%", null, "TH", last));
    // Without a tariff before it, the imposer is the home country, as for any other rate.
    assertParties("tariff_rate", "TH", null, attribute(s, "28%", "percent", "TH"));
    // A clause naming another target is another story.
    String other = "The duties on Malaysian rubber were raised to a combined 28% in March.";
    assertParties("tariff_rate", "TH", "MY", attribute(other, "28%", null, "TH", last));
  }

  @Test
  void aMarketShareIsTheSellersInTheMarketNamedAfterOfOrIn() {
    String s = "Korean makers took about 15% of Australian car sales last year.";
    assertParties("market_share", "KR", "AU", attribute(s, "15%", "percent", "AU"));
    String in = "Brazilian growers hold about half of the soybean market in China.";
    assertParties("market_share", "BR", "CN", attribute(in, "half", "percent", null));
  }

  @Test
  void aShareOfSomeonesImportsIsAnImportShare() {
    String s = "Nearly a third of Turkish imports from Russia were energy.";
    assertParties("import_share", "TR", "RU", attribute(s, "a third", "percent", null));
  }

  @Test
  void aParticipleClauseNamingNoPartyContinuesTheSentenceBeforeIt() {
    String s = "New Indian duties on Nepalese yarn take effect, pushing total levies above 30%";
    assertParties("tariff_rate", "IN", "NP", attribute(s, "30%", "percent", "NP"));
    // A clause of another event keeps to itself.
    String event = "Nepalese shipments to India grew in 2024 before Delhi raised duties on the yarn to 30%";
    assertParties("tariff_rate", "IN", "NP", attribute(event, "30%", "percent", "NP"));
  }

  @Test
  void aQuotaIsTheAdmittingCountrysOnTheOriginsGoods() {
    String s = "Chile will let up to 20,000 Argentine-made trucks into the country each year under the accord.";
    assertParties("quota", "CL", "AR", attribute(s, "20,000", "count", null));
    String market = "Peru agreed to let 8,000 Bolivian-built buses a year into its market.";
    assertParties("quota", "PE", "BO", attribute(market, "8,000", "count", null));
  }

  @Test
  void aCountryOwningTheCitedSourceIsTheSourceNotAParty() {
    String previous = "Turkish carpet exports to Germany climbed again.";
    String s = "The shipments were worth $900 million, according to Turkey's Turkstat data.";
    assertParties("exports", "TR", "DE", attribute(s, "$900 million", previous, null, null));
  }

  /** A country named by what it is stands for the last one the article named that is one. */
  @Test
  void theBlocAndTheKingdomAreTheLastOnesNamed() {
    String earlier = "Norway's exports to the European Union rose. Officials in Riyadh and Oslo met on Monday.\n";
    String s = "Imports from the bloc rose 2 per cent to NOK 310 billion.";
    int at = s.indexOf("NOK 310 billion");
    Attribution bloc = ATTRIBUTOR.attribute(new AttributionInput(s, at, at + 15, "money", null, "NO", false, -1, null,
        () -> earlier));
    assertEquals("imports", bloc.metric(), bloc.evidence());
    assertEquals("NO", bloc.subject(), bloc.evidence());
    assertEquals("EU", bloc.counterpart(), bloc.evidence());
    // Sweden is a kingdom too, but Riyadh, the capital of the "Kingdom of Saudi Arabia", is named last.
    String k = "Imports from the kingdom were worth $4 billion.";
    int at2 = k.indexOf("$4 billion");
    Attribution kingdom = ATTRIBUTOR.attribute(new AttributionInput(k, at2, at2 + 10, "money", null, "SE", false, -1,
        null, () -> "Sweden bought Saudi oil. Riyadh said so.\n"));
    assertEquals("SA", kingdom.counterpart(), kingdom.evidence());
    // Without the article's earlier text the words name no country.
    assertEquals(null, ATTRIBUTOR.attribute(new AttributionInput(k, at2, at2 + 10, "money", null, "SE", false, -1))
        .counterpart());
  }

  @Test
  void partiesTheArticleHasAlreadyNamed() {
    AttributionInput.TariffParties koreaOnChile = new AttributionInput.TariffParties("KR", "CL");
    // The same imposer, no target named, in a Korean story: the target of Korea's tariff before.
    String cut = "Seoul could cut Korean tariffs on cherries by 20 percentage points.";
    int at = cut.indexOf("20 percentage points");
    Attribution a = ATTRIBUTOR.attribute(new AttributionInput(cut, at, at + 20, "percentage_points", null, "KR", true,
        -1, koreaOnChile, null));
    assertEquals("KR", a.subject(), a.evidence());
    assertEquals("CL", a.counterpart(), a.evidence());
    // Who pays a levy is its target.
    String paid = "A new 10% Korean tariff took effect, lifting the total levies paid by most Chilean growers to 45%.";
    Attribution total = attribute(paid, "45%", null, "CL", koreaOnChile);
    assertEquals("KR", total.subject(), total.evidence());
    assertEquals("CL", total.counterpart(), total.evidence());
    // An effect on the target blamed on "the tariff": the levying government is its partner.
    String effect = "Economists estimate the tariff will shave 0.3 percentage points off Chile's growth this year.";
    int e = effect.indexOf("0.3 percentage points");
    Attribution growth = ATTRIBUTOR.attribute(new AttributionInput(effect, e, e + 21, "percentage_points", null, "CL",
        true, -1, koreaOnChile, null));
    assertEquals("gdp_growth", growth.metric(), growth.evidence());
    assertEquals("CL", growth.subject(), growth.evidence());
    assertEquals("KR", growth.counterpart(), growth.evidence());
    // Bilateral trade in a sentence naming no country: the home's with the country the article named most.
    String bilateral = "Bilateral trade, estimated at $9.4 billion in 2024, is expected to double by 2030.";
    int b = bilateral.indexOf("$9.4 billion");
    Attribution pair = ATTRIBUTOR.attribute(new AttributionInput(bilateral, b, b + 12, "money", null, "CL", false, -1,
        null, () -> "Chile and Korea signed a deal. Korean officials and Peru met. Korea's minister spoke.\n"));
    assertEquals("trade_total", pair.metric(), pair.evidence());
    assertEquals("CL", pair.subject(), pair.evidence());
    assertEquals("KR", pair.counterpart(), pair.evidence());
  }

  @Test
  void aClauseNamingNoCountryGoesOnWithTheFirstOne() {
    String s = "Copper exports to Japan, which reached $4 billion in 2024, have held up because Korean smelters cannot"
        + " replace the ore, but shipments still slid by a fifth in 2025.";
    Attribution slid = attribute(s, "a fifth", "percent", "CL");
    assertEquals("CL", slid.subject(), slid.evidence());
    assertEquals("JP", slid.counterpart(), slid.evidence());
  }

  @Test
  void theFirstPersonOfAQuoteIsTheHome() {
    String s = "\u201cIf we can move even 10 per cent of our Korean volumes to Peru, the mines keep running,\u201d he said.";
    Attribution moved = attribute(s, "10 per cent", "percent", "CL");
    assertEquals("CL", moved.subject(), moved.evidence());
  }

  @Test
  void whatAFundIsForIsItsPartner() {
    String s = "Officials said Norway's sovereign fund had earmarked NOK 20 billion for Chilean lithium projects.";
    Attribution fund = attribute(s, "NOK 20 billion", "money", "CL");
    assertEquals("investment", fund.metric(), fund.evidence());
    assertEquals("NO", fund.subject(), fund.evidence());
    assertEquals("CL", fund.counterpart(), fund.evidence());
  }

  @Test
  void aShareACountryTakesIsOfTheSellersExports() {
    String s = "Customs figures show Korea took about a third of the copper shipped overseas in 2025.";
    Attribution taken = attribute(s, "a third", "percent", "CL");
    assertEquals("CL", taken.subject(), taken.evidence());
    assertEquals("KR", taken.counterpart(), taken.evidence());
    String owned = "Korea bought close to half of Peru's zinc exports in 2025.";
    Attribution bought = attribute(owned, "half", "percent", "CL");
    assertEquals("PE", bought.subject(), bought.evidence());
    assertEquals("KR", bought.counterpart(), bought.evidence());
  }

  @Test
  void aRateBroughtInAsTheCauseOfAFlowIsTheBuyersOnTheSeller() {
    String s = "Chile's exports to Korea fall 6% in 2025 as 12% tariff bites";
    Attribution rate = attribute(s, "12%", "percent", "CL");
    assertEquals("tariff_rate", rate.metric(), rate.evidence());
    assertEquals("KR", rate.subject(), rate.evidence());
    assertEquals("CL", rate.counterpart(), rate.evidence());
  }

  @Test
  void aPriceOfGoodsMadeElsewhereIsOfTheMarketTheySellIn() {
    String s = "A Korean-made sedan now costs more than 30 million pesos at Santiago dealerships.";
    Attribution price = attribute(s, "30 million pesos", "money", "PE");
    assertEquals("price", price.metric(), price.evidence());
    assertEquals("CL", price.subject(), price.evidence());
    assertEquals("KR", price.counterpart(), price.evidence());
  }

  @Test
  void aPurchaseIsTradeOnlyWhenItNamesWhatOrWhomFrom() {
    assertEquals(null, attribute("The owner bought the painting back for $590,000 in a market crash.", "$590,000",
        "money", "US").metric());
    Attribution steel = attribute("Peru bought $1.3 billion of Chilean copper wire last year.", "$1.3 billion",
        "money", "CL");
    assertEquals("exports", steel.metric(), steel.evidence());
    assertEquals("CL", steel.subject(), steel.evidence());
    assertEquals("PE", steel.counterpart(), steel.evidence());
  }

  @Test
  void statisticsForACountryAreItsOwnAndNoCountryIsItsOwnPartner() {
    Attribution rate = attribute("The rate is higher than the figures for the Chilean population at large: 45.6 per"
        + " cent.", "45.6 per cent", "percent", "PE");
    assertEquals("CL", rate.subject(), rate.evidence());
    assertEquals(null, new Attribution("exports", "CL", "CL", null, null).counterpart());
  }
}
