package org.newsfigures.core.currency;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.extract.CurrencyMarker;

/** The evidence chain of a bare "$" or "dollars", step by step and in order, on sentences written for the test. */
class CurrencyResolverTest {
  private static final CurrencyMarker BARE_DOLLAR = new CurrencyMarker("$", null, null, null);
  private static final CurrencyMarker DOLLARS = new CurrencyMarker("dollars", null, null, null);
  private final CurrencyResolver resolver = CurrencyResolver.fromReference();

  /** A money figure in {@code sentence}, its own paragraph, in an article of {@code articleText}. */
  private CurrencyContext context(String sentence, String paragraph, List<String> others, String convertedFrom,
      String articleText, String dateline) {
    return new CurrencyContext(resolver.textEvidence(sentence), resolver.textEvidence(paragraph), others,
        convertedFrom, resolver.articleEvidence(articleText, null, dateline));
  }

  private CurrencyContext alone(String sentence) {
    return context(sentence, sentence, List.of(), null, sentence, null);
  }

  private CurrencyResolution resolve(CurrencyMarker marker, CurrencyContext context) {
    return resolver.resolve(marker, context);
  }

  @Test
  void explicitMarkerDecidesAndSaysWhichForm() {
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.EXPLICIT, "symbol US$"),
        resolve(new CurrencyMarker("US$", "USD", null, null), alone("US$118.7 billion")));
    assertEquals("code CAD", resolve(new CurrencyMarker("CAD", "CAD", null, null), alone("CAD 5")).evidence());
  }

  @Test
  void aBareDollarIsNeverLeftWithoutACurrency() {
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.DEFAULT, "no evidence for bare $: US dollars by default"),
        resolve(BARE_DOLLAR, alone("The ticket cost $12.")));
  }

  @Test
  void aBracketedConversionOfAnotherCurrencyIsInUsDollars() {
    String s = "Wool sales reached NZ$2 billion ($1.2 billion) last season.";
    // Even in a New Zealand paper, whose own "$" would be NZ dollars.
    CurrencyResolution r = resolve(BARE_DOLLAR, context(s, s, List.of("NZD"), "NZD", "By Staff\nNew Zealand Herald\n" + s, null));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "conversion of a NZD figure"), r);
  }

  @Test
  void theSentenceNamesItsCurrency() {
    String s = "In Australian dollars, the mine's output was worth $3 billion.";
    assertEquals("AUD", resolve(BARE_DOLLAR, context(s, s, List.of(), null, s, "WASHINGTON")).currency());
    String t = "Measured in US dollar terms, the fund lost $40 million.";
    assertEquals("USD", resolve(BARE_DOLLAR, context(t, t, List.of(), null, t, "TORONTO")).currency());
  }

  @Test
  void anArticleNoteDeclaresItsCurrency() {
    String s = "Farm exports rose to $9 billion.";
    String article = "Farm exports rose\n" + s + "\nAll figures are in New Zealand dollars unless otherwise stated.";
    CurrencyResolution r = resolve(BARE_DOLLAR, context(s, s, List.of(), null, article, "WASHINGTON"));
    assertEquals("NZD", r.currency());
    assertEquals(CurrencyBasis.INFERRED, r.basis());
  }

  @Test
  void aDataSourceInTheSentenceOutranksDatelineAndParagraph() {
    String s = "Exports to Peru were $41.7 billion, according to the Census Bureau.";
    CurrencyResolution r = resolve(BARE_DOLLAR, context(s, s + " Also C$3 billion.", List.of("CAD"), null, s, "OTTAWA"));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "source: U.S. Census Bureau"), r);
  }

  @Test
  void aDataSourceInTheParagraph() {
    String s = "Exports were $5 billion.";
    String paragraph = "Statistics Canada released figures on Monday. " + s;
    assertEquals("source in paragraph: Statistics Canada",
        resolve(BARE_DOLLAR, context(s, paragraph, List.of(), null, s, null)).evidence());
  }

  @Test
  void oneExplicitNonUsDollarInTheParagraph() {
    String s = "This year they were $5 billion.";
    assertEquals(new CurrencyResolution("AUD", CurrencyBasis.INFERRED, "paragraph states AUD"),
        resolve(BARE_DOLLAR, context(s, s, List.of("AUD"), null, s, null)));
  }

  @Test
  void anExplicitUsDollarInTheParagraphMakesTheHomeDollarTheOtherOne() {
    // The paper marks US dollars, so its bare "$" is its own: a Singapore dateline's dollar.
    String s = "Shipments were $3 billion while chip prices held at US$40.";
    assertEquals("SGD", resolve(BARE_DOLLAR, context(s, s, List.of("USD"), null, s, "SINGAPORE")).currency());
  }

  @Test
  void theOutletOfTheCreditLinesComesBeforeTheDateline() {
    String s = "Lumber shipments were worth $7 billion last year, officials said on Tuesday in a statement.";
    String article = "Lumber duties rise\nBy A. Writer\nAssociated Press\n\nVANCOUVER (AP) — " + s;
    CurrencyResolution r = resolve(BARE_DOLLAR, context(s, s, List.of(), null, article, "VANCOUVER"));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "outlet Associated Press"), r);
  }

  @Test
  void anOutletNamedOnlyInTheBodyIsNoCreditLine() {
    String s = "A Bloomberg survey of economists in the city found that shipments were $2 billion higher than in May.";
    assertEquals("dateline TORONTO", resolve(BARE_DOLLAR, context(s, s, List.of(), null, s, "TORONTO")).evidence());
  }

  @Test
  void datelineOfADollarCountryAndOfAnyOtherCountry() {
    String s = "Exports were $5 billion.";
    assertEquals(new CurrencyResolution("CAD", CurrencyBasis.INFERRED, "dateline Ottawa"),
        resolve(BARE_DOLLAR, context(s, s, List.of(), null, s, "Ottawa")));
    // Where the home currency is not written "$", "$" is the US dollar.
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "dateline Beijing"),
        resolve(BARE_DOLLAR, context(s, s, List.of(), null, s, "Beijing")));
  }

  @Test
  void aPesoCountryWritesPesosWithTheSignButDollarsInWords() {
    String s = "The car sold for $300,000 and the plant cost 2 billion dollars.";
    CurrencyContext mexico = context(s, s, List.of(), null, s, "Mexico City");
    assertEquals("MXN", resolve(BARE_DOLLAR, mexico).currency());
    assertEquals("USD", resolve(DOLLARS, mexico).currency());
  }

  @Test
  void yenSignByTheParagraphsWordThenTheHomeCountry() {
    CurrencyMarker sign = new CurrencyMarker("¥", "JPY", "CNY", "yuan");
    String s = "Sales hit ¥5 billion.";
    assertEquals("JPY", resolve(sign, alone(s)).currency());
    assertEquals("CNY", resolve(sign, context(s, s + " The yuan weakened.", List.of(), null, s, null)).currency());
    CurrencyResolution beijing = resolve(sign, context(s, s, List.of(), null, s, "Beijing"));
    assertEquals(new CurrencyResolution("CNY", CurrencyBasis.INFERRED, "¥, home country CN"), beijing);
  }

  @Test
  void namesMatchWholeWordsOnly() {
    // "StatCanada" is not "StatCan", and "Ottawan" is not "Ottawa".
    String s = "StatCanada says exports were $5 billion.";
    assertEquals(CurrencyBasis.DEFAULT, resolve(BARE_DOLLAR, context(s, s, List.of(), null, s, "Ottawan")).basis());
  }
}
