package org.newsfigures.core.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Attribution on sentences of the seed articles (seeds/articles), figures located by hand. */
class FigureAttributorTest {
  private static final FigureAttributor ATTRIBUTOR = FigureAttributor.fromReference();

  private static Attribution attribute(String sentence, String figure, String kind) {
    return attribute(sentence, figure, kind, null);
  }

  private static Attribution attribute(String sentence, String figure, String kind, String previous) {
    return attribute(sentence, figure, kind, previous, null);
  }

  /** @param home the article's home country, or null */
  private static Attribution attribute(String sentence, String figure, String kind, String previous, String home) {
    int start = sentence.indexOf(figure);
    assertTrue(start >= 0, figure + " not in the sentence");
    return ATTRIBUTOR.attribute(
        new AttributionInput(sentence, start, start + figure.length(), kind, previous, home, false, -1));
  }

  private static void assertAttribution(String metric, String subject, String counterpart, String product, Attribution a) {
    assertEquals(metric, a.metric(), a.evidence());
    assertEquals(subject, a.subject(), a.evidence());
    assertEquals(counterpart, a.counterpart(), a.evidence());
    assertEquals(product, a.product(), a.evidence());
  }

  @Test
  void twoWayTradeIsAPairToldFromTheHomeSide() {
    String s = "China is currently Canada’s second-largest single-country trading partner, with two-way merchandise"
        + " trade totaling US$118.7 billion in 2024.";
    Attribution a = attribute(s, "US$118.7 billion", "money", null, "CA");
    assertAttribution("trade_total", "CA", "CN", null, a);
    assertTrue(a.evidence().contains("metric: 'two-way merchandise trade'"), a.evidence());
    // Without a home, in the order the sentence names them.
    assertAttribution("trade_total", "CN", "CA", null, attribute(s, "US$118.7 billion", "money"));
  }

  @Test
  void importsAndExportsInOneSentenceKeepTheirDirection() {
    String s = "However, the trade balance is heavily skewed, with Canadian imports from China reaching US$88.8 billion"
        + " compared to just US$29.9 billion in exports.";
    assertAttribution("imports", "CA", "CN", null, attribute(s, "US$88.8 billion", "money"));
    assertAttribution("exports", "CA", "CN", null, attribute(s, "US$29.9 billion", "money"));
  }

  @Test
  void aSentenceNamingNoCountryReadsThePreviousOne() {
    String previous = "China is currently Canada’s second-largest single-country trading partner.";
    String s = "However, imports reached US$88.8 billion compared to just US$29.9 billion in exports.";
    assertAttribution("imports", "CA", "CN", null, attribute(s, "US$88.8 billion", "money", previous));
  }

  @Test
  void theKindDecidesBetweenExportsAndTheirChange() {
    String s = "According to China customs data, Canadian exports to China fell by 10.4 percent in 2025, to $41.7"
        + " billion only, the lowest since 2022.";
    // The extractor reads "fell by 10.4 percent" as a change (FigureExtractorTest): only change metrics apply to it.
    int at = s.indexOf("10.4 percent");
    assertAttribution("exports_change", "CA", "CN", null,
        ATTRIBUTOR.attribute(new AttributionInput(s, at, at + 12, "percent", null, null, true, -1)));
    assertAttribution("exports", "CA", "CN", null, attribute(s, "$41.7 billion", "money"));
  }

  @Test
  void exportSharesNameTheBuyerAsCounterpart() {
    String us = "Despite this goal, the US remains Canada’s dominant market, purchasing about 75% of Canadian exports in"
        + " 2024, according to government data.";
    assertAttribution("export_share", "CA", "US", null, attribute(us, "75%", "percent"));
    String cn = "China, while Canada’s second-largest market, accounted for less than 4% of exports that year.";
    assertAttribution("export_share", "CA", "CN", null, attribute(cn, "4%", "percent"));
  }

  @Test
  void tariffRatesNameImposerTargetAndProducts() {
    String s = "Tensions escalated further in 2024 when the government of former Prime Minister Justin Trudeau followed"
        + " the Biden administration’s lead by imposing a 100% tariff on Chinese-made electric vehicles and a 25%"
        + " tariff on steel and aluminum.";
    // No country acts in the sentence: the imposer is the article's home country, here Canada; no leader list.
    assertAttribution("tariff_rate", "CA", "CN", "electric vehicles", attribute(s, "100%", "percent", null, "CA"));
    assertAttribution("tariff_rate", "CA", "CN", "aluminum|steel", attribute(s, "25%", "percent", null, "CA"));
    assertEquals(null, attribute(s, "100%", "percent").subject());
  }

  @Test
  void eachClauseHasItsOwnImposer() {
    String s = "Ottawa imposed a 25 per cent duty on certain steel imports from China, while Beijing responded with"
        + " high tariffs, in some cases over 70%, on Canadian canola, including seafood, deeply affecting Canadian"
        + " agricultural producers.";
    assertAttribution("tariff_rate", "CA", "CN", "steel", attribute(s, "25 per cent", "percent"));
    assertAttribution("tariff_rate", "CN", "CA", "canola|seafood", attribute(s, "70%", "percent"));
  }

  @Test
  void visitLengths() {
    String four = "Canadian Prime Minister Mark Carney arrived in Beijing on Wednesday night for a landmark four-day visit"
        + " intended to repair strained relations and diversify Canada’s trade partnerships away from the United States.";
    assertAttribution("visit_length", "CA", "CN", null, attribute(four, "four-day", "duration"));
    String three = "Canadian Prime Minister Mark Carney is in China for a three-day visit in an attempt to shore up"
        + " Canada’s tattered relationship with the People’s Republic of China.";
    assertAttribution("visit_length", "CA", "CN", null, attribute(three, "three-day", "duration"));
  }

  @Test
  void peopleAndPermits() {
    String s = "More than 1.8 million Canadian residents are of Chinese origin, and as of December 2024, approximately"
        + " 100,000 Chinese citizens held valid study permits in Canada.";
    assertAttribution("population", "CA", "CN", null, attribute(s, "1.8 million", "count"));
    assertEquals("study_permits", attribute(s, "100,000", "count").metric());
  }

  @Test
  void tradeTargetsIgnoreTheNegatedCountry() {
    String s = "Carney said in October that Canada should double its non-US exports by 2035 to lessen its reliance on"
        + " the US.";
    Attribution a = attribute(s, "double", "multiplier");
    assertEquals("trade_target", a.metric(), a.evidence());
    assertEquals("CA", a.subject(), a.evidence());
  }

  @Test
  void noMetricStaysUnknownWhileTheCountriesAreStillSaid() {
    String s = "The trip marks the first visit by a Canadian leader to China in nearly a decade and comes amid rising"
        + " tensions with Washington.";
    Attribution a = attribute(s, "a decade", "duration");
    assertNull(a.metric()); // so it joins no claim
    assertEquals("CA", a.subject());
    assertEquals("CN", a.counterpart());
  }

  @Test
  void aProductTheTableDoesNotKnowKeepsItsFigureApartFromTheTotal() {
    String before = "Peru's copper concentrate exports to Japan reached $4 billion in 2024.";
    assertEquals("copper concentrate", attribute(before, "$4 billion", "money").product());
    String after = "Imports of fishing nets from Peru rose to $30 million in 2024.";
    assertEquals("fishing nets", attribute(after, "$30 million", "money").product());
    String worth = "Peruvian farmers sold $700 million worth of blueberries to Japan last year.";
    assertEquals("blueberries", attribute(worth, "$700 million", "money").product());
    String share = "Peru sold $2 billion of copper to Japan, about 40 per cent of its copper exports.";
    assertEquals("copper", attribute(share, "40 per cent", "percent").product());
    String origin = "Chile's imports of Korean fishing boats were worth $90 million in 2024.";
    assertEquals("fishing boats", attribute(origin, "$90 million", "money").product());
    String total = "Peru's total exports to Japan reached $9 billion in 2024.";
    assertNull(attribute(total, "$9 billion", "money").product());
  }

  @Test
  void wordsNearerTheNextFigureAreItsOwn() {
    String s = "Peru's imports fell 2 percent to $41 billion, leaving a trade surplus of $6 billion.";
    int at = s.indexOf("$41 billion");
    int next = s.indexOf("$6 billion");
    Attribution a = ATTRIBUTOR.attribute(new AttributionInput(s, at, at + 11, "money", null, null, false, next));
    assertEquals("imports", a.metric(), a.evidence());
    Attribution surplus = ATTRIBUTOR.attribute(new AttributionInput(s, next, next + 10, "money", null, null, false, -1));
    assertEquals("trade_surplus", surplus.metric(), surplus.evidence());
  }

  @Test
  void theOriginOfImportedGoodsIsThePartnerAndTheImportersAdjectiveIsNot() {
    String s = "Chile imported $3 billion of Korean cars last year.";
    assertAttribution("imports", "CL", "KR", "vehicles", attribute(s, "$3 billion", "money"));
    String t = "Peruvian imports of fertilizer reached $2 billion.";
    assertEquals("PE", attribute(t, "$2 billion", "money").subject());
  }

  @Test
  void sentencesJoinedUpstreamAreReadOneByOne() {
    String s = "China is Canada’s second-largest trading partner, with two-way merchandise trade reaching about"
        + " C$118.7 billion (US $85.5 billion) in 2024. Meanwhile, Canada remains heavily dependent on the United"
        + " States, its largest export market and neighbor.";
    assertAttribution("trade_total", "CA", "CN", null, attribute(s, "C$118.7 billion", "money", null, "CA"));
    String joined = "China restricted the purchase of Canada’s canola after Canada launched tariffs on Chinese EVs."
        + " According to China customs data, Canadian exports to China fell by 10.4 percent in 2025, to $41.7"
        + " billion only, the lowest since 2022.";
    assertAttribution("exports", "CA", "CN", null, attribute(joined, "$41.7 billion", "money"));
  }

  @Test
  void aProductJustBeforeTheRate() {
    String s = "Ottawa kept its steel tariffs of 25% on imports from China.";
    assertAttribution("tariff_rate", "CA", "CN", "steel", attribute(s, "25%", "percent"));
  }

  @Test
  void theGoodsOfTheFiguresOwnTradeNounComeBeforeGoodsNamedAfterIt() {
    Attribution a = attribute("In 2024 Vietnam's seafood exports reached $9 billion, with shrimp the largest share.",
        "$9 billion", "money");
    assertEquals("seafood", a.product(), a.evidence());
  }

  @Test
  void aProductTheNearWordsCutIntoIsNotReadFromItsTail() {
    // The 40 characters before "$9 billion" start inside "palm": their "oil" alone would be crude oil. The goods are
    // read from the words before "exports" instead, and take their canonical name.
    Attribution a = attribute("Malaysia's crude palm oil exports to Indian buyers reached $9 billion in 2024.",
        "$9 billion", "money");
    assertEquals("palm oil", a.product(), a.evidence());
  }

  @Test
  void aPercentOfAWholeNoMetricNamesIsAShareOfThatWhole() {
    Attribution cobalt = attribute("Congo mines about 70 percent of the world's cobalt, officials said.", "70 percent",
        "percent");
    assertEquals("share", cobalt.metric(), cobalt.evidence());
    assertEquals("cobalt", cobalt.product(), cobalt.evidence());
    Attribution harvest = attribute("Farmers still hold a quarter of last season's harvest in silos.", "a quarter",
        "percent");
    assertEquals("share", harvest.metric(), harvest.evidence());
    assertEquals("harvest", harvest.product(), harvest.evidence());
    Attribution graduates = attribute("Two-thirds of its graduates now come from abroad.", "Two-thirds", "percent");
    assertEquals("graduates", graduates.product(), graduates.evidence());
    // A share the vocabulary names keeps its metric; a whole with no name ("that total") leaves no product.
    assertEquals("export_share", attribute("Peru sends 40% of its exports to China.", "40%", "percent").metric());
    Attribution total = attribute("Fish accounts for about 12% of that total.", "12%", "percent");
    assertEquals(null, total.product(), total.evidence());
    // A change is no share: "rose 5% of …" does not occur, but "fell 5%" before "of" must not become one.
    Attribution change = ATTRIBUTOR.attribute(new AttributionInput("Sales fell 5% of late.", 11, 13, "percent", null,
        null, true, -1));
    assertEquals("change", change.metric(), change.evidence());
  }

  @Test
  void aSentenceNamingNoGoodsTradesInThoseThePreviousSentenceOpensWith() {
    Attribution pork = attribute("Exports to Japan were worth $2 billion in 2025.", "$2 billion", "money",
        "Pork has followed the same path since the ban ended.");
    assertEquals("pork", pork.product(), pork.evidence());
    // A previous sentence that merely names goods later on is no topic.
    Attribution none = attribute("Exports to Japan were worth $2 billion in 2025.", "$2 billion", "money",
        "Farmers who raise pigs for pork were hit hardest.");
    assertEquals(null, none.product(), none.evidence());
  }

  /** Measures of economic news beyond trade flows, each in a sentence written for it. */
  @Test
  void measuresBeyondTradeFlows() {
    assertEquals("customs_revenue", attribute("Peru's customs agency collected 3.1 billion soles in import duties in"
        + " May.", "3.1 billion soles", "money").metric());
    assertEquals("remittances", attribute("Some 900,000 Filipinos work in the emirates, and they sent home about"
        + " $4 billion last year.", "$4 billion", "money").metric());
    assertEquals("capacity_utilization", attribute("Smelters are running at about 70% of capacity.", "70%", "percent")
        .metric());
    assertEquals("market_value", attribute("The miner's market value fell to about A$40 billion.", "A$40 billion",
        "money").metric());
    assertEquals("tariff_cost", attribute("Hyundai expects a $2 billion hit from U.S. tariffs this year.",
        "$2 billion", "money").metric());
    assertEquals("regional_value_content", attribute("Under the pact, 60 percent of a truck's content must come from"
        + " the region.", "60 percent", "percent").metric());
    assertEquals("investment", attribute("The carmaker dropped plans for a $2bn plant in Hungary.", "$2bn", "money")
        .metric());
    assertEquals("gdp", attribute("The deal could add €3bn a year to the economy.", "€3bn", "money").metric());
  }

  @Test
  void aTariffCutByPointsIsAChangeOfTheRateNotOfWhatItHits() {
    String s = "Seoul could cut Korean tariffs on Chilean cherries by 20 percentage points.";
    int start = s.indexOf("20 percentage points");
    Attribution cut = ATTRIBUTOR.attribute(new AttributionInput(s, start, start + "20 percentage points".length(),
        "percentage_points", null, null, true, -1));
    assertAttribution("tariff_rate_change", "KR", "CL", "cherries", cut);
    String growth = "The levy could shave 0.3 percentage points off Chile's growth by 2027.";
    int at = growth.indexOf("0.3 percentage points");
    assertEquals("gdp_growth", ATTRIBUTOR.attribute(new AttributionInput(growth, at, at + "0.3 percentage points".length(),
        "percentage_points", null, null, true, -1)).metric());
  }

  @Test
  void aRateACountryFacesUnderAnotherCountrysTariff() {
    String s = "Vietnam, which ships most of its coffee from Haiphong, faces a 20% U.S. tariff on its shoes.";
    int start = s.indexOf("20%");
    Attribution a = ATTRIBUTOR.attribute(new AttributionInput(s, start, start + 3, "percent", null, "VN", false, -1));
    assertAttribution("tariff_rate", "US", "VN", "footwear", a);
  }

  @Test
  void aWorldPriceQuotedOnAnExchangeIsNoCountrys() {
    String s = "The most-active copper contract on Peru's Lima Metals Exchange closed at $9,050 a tonne.";
    Attribution quote = attribute(s, "$9,050", "money", "Chile's copper exports rose.", "CL");
    assertAttribution("price", null, null, null, quote);
    // A price of one market stays that market's, the article's home when it names none.
    String local = "Copper wire sold for $11 a kilogram last week.";
    assertEquals("CL", attribute(local, "$11", "money", null, "CL").subject());
  }

  @Test
  void aTradeWorthAValueAfterGoodsIsTheirOriginsExports() {
    String s = "Seoul will lift its duties on Chilean copper cathodes, a trade worth about US$2.1 billion in 2024.";
    Attribution a = attribute(s, "US$2.1 billion", "money");
    assertAttribution("exports", "CL", "KR", "copper", a);
    // Without the importer the clause names no flow.
    assertNull(attribute("Chilean copper, a trade worth US$2.1 billion, is at stake.", "US$2.1 billion", "money")
        .metric());
  }

  @Test
  void salesSetAgainstATradeFlowAreThatFlowForOtherGoods() {
    String s = "Copper shipments to Japan were worth $4.2 billion last year, while fruit sales reached $0.9 billion.";
    Attribution fruit = attribute(s, "$0.9 billion", "money", null, "CL");
    assertAttribution("exports", "CL", "JP", "fruit", fruit);
    String home = "Copper shipments to Japan were worth $4.2 billion last year, while domestic sales reached $0.9 billion.";
    assertEquals("revenue", attribute(home, "$0.9 billion", "money", null, "CL").metric());
  }

  @Test
  void goodsNamedInAnotherClauseLeaveTheFigureToTheTopicBefore() {
    String previous = "Cherries have followed a similar path.";
    String s = "Exports to China were worth $2.1 billion in 2025, the year after Beijing cut its duty on Chilean wine.";
    assertAttribution("exports", "CL", "CN", "cherries", attribute(s, "$2.1 billion", "money", previous, "CL"));
  }

  @Test
  void anExchangeRateIsOfTheCurrencyThatMovesAgainstAnother() {
    assertAttribution("exchange_rate", "ZA", "US", null,
        attribute("The rand weakened 1.2% against the dollar after the vote.", "1.2%", "percent", null, "ZA"));
    assertAttribution("exchange_rate", "GB", "EU", null,
        attribute("Sterling's 3pc rise against the euro has squeezed exporters.", "3pc", "percent", null, "GB"));
    assertAttribution("exchange_rate", "CA", "JP", null,
        attribute("The Canadian dollar strengthened 0.5% against the yen.", "0.5%", "percent", null, "US"));
  }
}
