package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsfigures.core.analysis.ArticleAnalyzer;
import org.newsfigures.core.analysis.Figure;

/**
 * Web pages as scrapers save them (src/test/resources/html, written for these tests in the shapes real sites use): the
 * article's headline, date, byline and figures come through, the page's furniture does not, and offsets point into
 * the extracted text.
 */
class HtmlPagesTest {
  private static final Path PAGES = Path.of("src/test/resources/html");
  private static final ArticleDecoder DECODER = new ArticleDecoder();
  private static final ArticleParser PARSER = new ArticleParser();
  private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.fromReference();
  /** Words only the pages' navigation, ads, scripts, captions, asides, comments and footers hold. */
  private static final List<String> FURNITURE = List.of("Subscribe", "Business", "Advertisement", "dataLayer",
      "Related", "comments", "Great news", "Share on", "All rights reserved", "Photo/Reuters", "Ad: 2 for $5", "gtag",
      "newsletter", "Front page", "font-size", "Home");

  private static Article page(String file) throws Exception {
    DecodedText decoded = DECODER.decode(Files.readAllBytes(PAGES.resolve(file)), file);
    Article article = PARSER.parse(file, assertInstanceOf(DecodedText.Accepted.class, decoded, file));
    for (String furniture : FURNITURE) {
      assertFalse(article.text().contains(furniture), file + " kept page furniture: " + furniture);
    }
    return article;
  }

  /** Each figure as "text kind value currency", after checking its offsets slice the article's text. */
  private static List<String> figures(Article article) {
    List<Figure> figures = ANALYZER.analyze(article).figures();
    for (Figure f : figures) {
      int start = article.text().offsetByCodePoints(0, f.charStart());
      int end = article.text().offsetByCodePoints(0, f.charEnd());
      assertEquals(f.text(), article.text().substring(start, end), "offsets refer to the extracted text");
    }
    return figures.stream().map(f -> f.text() + " " + f.kind() + " " + f.value() + " " + f.currency()).toList();
  }

  /** Reads the page and checks its header fields and figures; returns the article for further checks. */
  private static Article assertPage(String file, String title, LocalDate published, String byline, List<String> figures)
      throws Exception {
    Article article = page(file);
    assertEquals(title, article.title(), file);
    assertEquals(published, article.publishedDate(), file);
    assertEquals(byline, article.byline(), file);
    assertEquals(figures, figures(article), file);
    return article;
  }

  @Test
  void aNewsSitePageGivesItsArticleAndNothingElse() throws Exception {
    // Date from article:published_time, byline from the author meta.
    Article article = assertPage("news-site.html", "Canola exports to China hit record", LocalDate.of(2026, 1, 15),
        "Jane Okafor", List.of(
            "C$2.5 billion money 2.5E9 CAD",
            "12% percent 12.0 null",
            "100% percent 100.0 null",
            "double multiplier 2.0 null"));
    assertTrue(article.text().contains("\n\nWhat comes next\n\n"), "a subheading is a paragraph of its own");
  }

  @Test
  void anAmpPageDropsItsAdsAndSidebar() throws Exception {
    // Date from <time datetime>.
    assertPage("amp.html", "Steel tariff talks resume between Canada and the United States", LocalDate.of(2026, 2, 3),
        "Luis Fernandez", List.of("25% percent 25.0 null", "US$11.8 billion money 1.18E10 USD"));
  }

  @Test
  void aJsonLdPageGivesDateAndAuthorFromItsLinkedData() throws Exception {
    // The headline is <title> without its site suffix; the date is datePublished, not dateModified.
    assertPage("json-ld.html", "Chinese EV imports face new levy", LocalDate.of(2026, 1, 20), "Priya Natarajan",
        List.of("100% percent 100.0 null", "US$29.9 billion money 2.99E10 USD"));
  }

  @Test
  void aFragmentOfParagraphsIsHtmlByItsName() throws Exception {
    Article article = assertPage("only-paragraphs.html", null, null, null,
        List.of("8% percent 8.0 null", "US$56 billion money 5.6E10 USD"));
    assertEquals("\nMexico's exports to Canada rose 8% in 2025.\n\n"
        + "Trade between the two countries totaled US$56 billion, officials said.\n", article.text());
  }

  @Test
  void aPageThatIsAllNavigationIsRejectedAsNoText() throws Exception {
    DecodedText decoded = DECODER.decode(Files.readAllBytes(PAGES.resolve("all-navigation.html")), "all-navigation.html");
    DecodedText.Rejected rejected = assertInstanceOf(DecodedText.Rejected.class, decoded);
    assertEquals(RejectReason.NO_TEXT, rejected.reason());
    assertTrue(rejected.detail().contains("no article text"), rejected.detail());
  }
}
