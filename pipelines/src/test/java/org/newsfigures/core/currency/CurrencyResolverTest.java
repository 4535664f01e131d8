package org.newsfigures.core.currency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.extract.CurrencyMarker;

class CurrencyResolverTest {
  private static final CurrencyMarker BARE_DOLLAR = new CurrencyMarker("$", null, null, null);
  private final CurrencyResolver resolver = CurrencyResolver.fromReference();

  private static CurrencyContext context(String sentence, String paragraph, List<String> others, String dateline, String article) {
    return new CurrencyContext(sentence, paragraph, others, dateline, article);
  }

  private static CurrencyContext sentenceOnly(String sentence) {
    return context(sentence, sentence, List.of(), null, sentence);
  }

  @Test
  void explicitMarkerDecidesAndSaysWhichForm() {
    CurrencyResolution r = resolver.resolve(new CurrencyMarker("US$", "USD", null, null), sentenceOnly("US$118.7 billion"));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.EXPLICIT, "symbol US$"), r);
    assertEquals("code CAD", resolver.resolve(new CurrencyMarker("CAD", "CAD", null, null), sentenceOnly("CAD 5")).evidence());
    assertEquals("name Canadian dollars",
        resolver.resolve(new CurrencyMarker("Canadian dollars", "CAD", null, null), sentenceOnly("5 Canadian dollars")).evidence());
  }

  @Test
  void yenSymbolIsYuanWhenTheParagraphSaysYuan() {
    CurrencyMarker yen = new CurrencyMarker("¥", "JPY", "CNY", "yuan");
    assertEquals("JPY", resolver.resolve(yen, sentenceOnly("Sales hit ¥5 billion.")).currency());
    CurrencyResolution yuan = resolver.resolve(yen,
        context("Sales hit ¥5 billion.", "Sales hit ¥5 billion. The yuan weakened.", List.of(), null, ""));
    assertEquals("CNY", yuan.currency());
    assertEquals(CurrencyBasis.EXPLICIT, yuan.basis());
  }

  @Test
  void dataSourceInTheSentenceComesFirst() {
    String s = "According to China customs data, Canadian exports to China fell by 10.4 percent in 2025, to $41.7 billion.";
    // Even a Canadian dateline and a CAD figure in the paragraph do not outrank the named source.
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR, context(s, s + " Also C$3 billion.", List.of("CAD"), "Ottawa", s));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "source: China customs data (General Administration of Customs)"), r);
  }

  @Test
  void dataSourceInTheParagraph() {
    String s = "Exports were $5 billion.";
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR,
        context(s, "Statistics Canada released figures on Monday. " + s, List.of(), null, s));
    assertEquals("CAD", r.currency());
    assertEquals("source in paragraph: Statistics Canada", r.evidence());
  }

  @Test
  void oneExplicitDollarCurrencyInTheParagraph() {
    String s = "Exports were $5 billion.";
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR, context(s, s, List.of("USD", "USD"), null, s));
    assertEquals(new CurrencyResolution("USD", CurrencyBasis.INFERRED, "paragraph states USD"), r);
  }

  @Test
  void twoDifferentDollarCurrenciesInTheParagraphDecideNothing() {
    String s = "Exports were $5 billion.";
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR, context(s, s, List.of("USD", "CAD"), null, s));
    assertEquals(CurrencyBasis.UNKNOWN, r.basis());
  }

  @Test
  void aEuroFigureSaysNothingAboutADollar() {
    String s = "Exports were $5 billion.";
    assertEquals(CurrencyBasis.UNKNOWN, resolver.resolve(BARE_DOLLAR, context(s, s, List.of("EUR"), null, s)).basis());
  }

  @Test
  void datelineInADollarCountry() {
    String s = "Exports were $5 billion.";
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR, context(s, s, List.of(), "Ottawa", s));
    assertEquals(new CurrencyResolution("CAD", CurrencyBasis.INFERRED, "dateline Ottawa"), r);
  }

  @Test
  void datelineOutsideTheDollarWorldDecidesNothing() {
    String s = "Exports were $5 billion.";
    assertEquals(CurrencyBasis.UNKNOWN, resolver.resolve(BARE_DOLLAR, context(s, s, List.of(), "Beijing", s)).basis());
  }

  @Test
  void outletOfADollarCountry() {
    String s = "Exports were $5 billion.";
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR,
        context(s, s, List.of(), null, "By The Canadian Press\n" + s));
    assertEquals(new CurrencyResolution("CAD", CurrencyBasis.INFERRED, "outlet: The Canadian Press"), r);
  }

  @Test
  void noEvidenceIsUnknownNotAGuess() {
    CurrencyResolution r = resolver.resolve(BARE_DOLLAR, sentenceOnly("It cost $5."));
    assertNull(r.currency());
    assertEquals(CurrencyBasis.UNKNOWN, r.basis());
    assertEquals("no evidence for bare $", r.evidence());
  }

  @Test
  void namesMatchWholeWordsOnly() {
    // "StatCanada" is not "StatCan", and "Ottawan" is not "Ottawa".
    String s = "StatCanada says exports were $5 billion.";
    assertEquals(CurrencyBasis.UNKNOWN, resolver.resolve(BARE_DOLLAR, context(s, s, List.of(), "Ottawan", s)).basis());
  }
}
