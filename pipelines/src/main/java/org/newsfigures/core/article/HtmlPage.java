package org.newsfigures.core.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads a saved web page (with jsoup) into article text of the shape scraped text has, so one parser reads both: the
 * headline on the first line, then a date line and a byline, then each paragraph on its own line, paragraphs separated
 * by blank lines. Offsets in the tables are offsets into this text, which the articles table keeps.
 *
 * <ul>
 *   <li>Headline: the page's {@code <h1>}, else {@code og:title}, else {@code <title>} (without a "| Site" suffix).
 *   <li>Published date: {@code article:published_time} and the like in meta tags, else {@code datePublished} in
 *       JSON-LD, else the first {@code <time datetime>}.
 *   <li>Byline: {@code author} meta, else the author's name in JSON-LD, else a {@code rel=author} link.
 *   <li>Body: the {@code <article>} (the one with most text, if several), else {@code itemprop=articleBody}, else
 *       {@code <main>}, else the page's body; its innermost text blocks (paragraphs, subheadings, list items,
 *       quotations, text-only divs), after dropping scripts, styles, navigation, headers, footers, asides, forms,
 *       AMP ads and anything whose class or id names an ad, comments, sharing, related links, a newsletter or a menu.
 *       A block that is mostly link text (a list of links) is navigation and dropped too.
 * </ul>
 */
final class HtmlPage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DROPPED_ELEMENTS =
      "script, style, noscript, template, nav, header, footer, aside, form, button, iframe, svg, figure figcaption,"
          + " amp-ad, amp-sidebar, amp-analytics, amp-consent, amp-embed";
  /** Class or id words that mark page furniture, matched as whole words of the attribute. */
  private static final Pattern FURNITURE =
      Pattern.compile("(?i)(?:^|[\\s_-])(?:ads?|advert\\w*|sponsor\\w*|promo\\w*|comments?|disqus|share|sharing|social"
          + "|related|recommended|newsletter|subscribe|subscription|cookies?|consent|breadcrumbs?|sidebar|menu|navbar"
          + "|nav|navigation|footer|masthead|paywall|popup|modal|outbrain|taboola)(?:$|[\\s_-])");
  private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, td, div";
  private static final double MAX_LINK_SHARE = 0.5;
  private static final String[] DATE_META = {"article:published_time", "datePublished", "date", "pubdate",
      "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "dc.date", "DC.date.issued", "og:published_time"};
  private static final DateTimeFormatter DATE_LINE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|–—]\\s+[^|–—]+$");

  /** What the page holds: the header fields, each possibly null, and the body's paragraphs (possibly none). */
  record Read(String headline, LocalDate published, String byline, List<String> paragraphs) {
    /** The page as article text (see the class comment). */
    String text() {
      StringBuilder text = new StringBuilder();
      if (headline != null) {
        text.append(headline).append('\n');
      }
      if (published != null) {
        text.append("Published: ").append(DATE_LINE.format(published)).append('\n');
      }
      if (byline != null) {
        text.append("By ").append(byline).append('\n');
      }
      for (String paragraph : paragraphs) {
        text.append('\n').append(paragraph).append('\n');
      }
      return text.toString();
    }
  }

  private HtmlPage() {}

  static Read read(String html) {
    Document page = Jsoup.parse(html);
    List<JsonNode> linkedData = linkedData(page);
    String headline = headline(page);
    LocalDate published = published(page, linkedData);
    String byline = byline(page, linkedData);
    return new Read(headline, published, byline, paragraphs(page));
  }

  private static String headline(Document page) {
    return firstText(page.select("article h1, main h1, h1"))
        .or(() -> meta(page, "og:title"))
        .or(() -> Optional.of(page.title()).filter(t -> !t.isBlank()).map(t -> TITLE_SUFFIX.matcher(t).replaceFirst("")))
        .orElse(null);
  }

  private static LocalDate published(Document page, List<JsonNode> linkedData) {
    for (String name : DATE_META) {
      Optional<LocalDate> date = meta(page, name).flatMap(HtmlPage::isoDate);
      if (date.isPresent()) {
        return date.get();
      }
    }
    for (JsonNode node : linkedData) {
      Optional<LocalDate> date = Optional.ofNullable(node.findValue("datePublished"))
          .map(JsonNode::asText).flatMap(HtmlPage::isoDate);
      if (date.isPresent()) {
        return date.get();
      }
    }
    return page.select("time[datetime]").stream()
        .map(time -> isoDate(time.attr("datetime")))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(null);
  }

  private static String byline(Document page, List<JsonNode> linkedData) {
    Optional<String> author = meta(page, "author").filter(name -> !name.startsWith("http"));
    for (JsonNode node : linkedData) {
      if (author.isPresent()) {
        break;
      }
      JsonNode found = node.findValue("author");
      JsonNode first = found != null && found.isArray() && found.size() > 0 ? found.get(0) : found;
      author = Optional.ofNullable(first)
          .map(a -> a.isTextual() ? a.asText() : a.path("name").asText(""))
          .filter(name -> !name.isBlank());
    }
    return author.or(() -> firstText(page.select("[rel=author]"))).map(String::strip).orElse(null);
  }

  private static List<String> paragraphs(Document page) {
    page.select(DROPPED_ELEMENTS).remove();
    // Not the page's frame: a body of class "has-sidebar" is still the page.
    for (Element element : page.select("body [class], body [id]").not("main, article, [itemprop=articleBody]")) {
      if (FURNITURE.matcher(element.className()).find() || FURNITURE.matcher(element.id()).find()) {
        element.remove();
      }
    }
    page.select("h1").remove(); // the headline, written once at the top
    Element body = mostText(page.select("article"))
        .or(() -> Optional.ofNullable(page.selectFirst("[itemprop=articleBody]")))
        .or(() -> Optional.ofNullable(page.selectFirst("main")))
        .orElse(page.body());
    List<String> paragraphs = new ArrayList<>();
    for (Element block : body.select(BLOCKS)) {
      // Innermost blocks only: a div of paragraphs is read through its paragraphs.
      if (!block.select(BLOCKS).stream().skip(1).findAny().isEmpty()) {
        continue;
      }
      String text = block.text().strip();
      if (!text.isEmpty() && linkShare(block, text) <= MAX_LINK_SHARE) {
        paragraphs.add(text);
      }
    }
    return paragraphs;
  }

  private static Optional<Element> mostText(Elements candidates) {
    return candidates.stream().max((a, b) -> Integer.compare(a.text().length(), b.text().length()));
  }

  private static double linkShare(Element block, String text) {
    int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
    return (double) linked / text.length();
  }

  private static Optional<String> firstText(Elements elements) {
    return elements.stream().map(Element::text).map(String::strip).filter(t -> !t.isEmpty()).findFirst();
  }

  /** The content of a meta tag named by property, name or itemprop. */
  private static Optional<String> meta(Document page, String name) {
    String quoted = "=\"" + name + "\"]";
    return page.select("meta[property" + quoted + ", meta[name" + quoted + ", meta[itemprop" + quoted).stream()
        .map(m -> m.attr("content").strip())
        .filter(content -> !content.isEmpty())
        .findFirst();
  }

  /** The page's JSON-LD blocks; one that does not parse is skipped, as a browser would. */
  private static List<JsonNode> linkedData(Document page) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        nodes.add(JSON.readTree(script.data()));
      } catch (IOException e) {
        // not JSON: no metadata from it
      }
    }
    return nodes;
  }

  /** The date an ISO 8601 date or date-time starts with ("2026-01-15T08:30:00-05:00"). */
  private static Optional<LocalDate> isoDate(String value) {
    String v = value.strip();
    if (v.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
