package org.newsfigures.core.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDecoderTest {
  private static final ArticleDecoder DECODER = new ArticleDecoder();

  private static DecodedText.Rejected rejected(DecodedText result, RejectReason reason) {
    DecodedText.Rejected rejected = assertInstanceOf(DecodedText.Rejected.class, result);
    assertEquals(reason, rejected.reason());
    return rejected;
  }

  private static DecodedText.Accepted accepted(DecodedText result) {
    return assertInstanceOf(DecodedText.Accepted.class, result);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void zeroBytesAreEmpty() {
    rejected(DECODER.decode(new byte[0]), RejectReason.EMPTY);
  }

  @Test
  void whitespaceOnlyIsEmptyToo() {
    rejected(DECODER.decode(utf8(" \n\r\n\t\u00a0 \n")), RejectReason.EMPTY);
  }

  @Test
  void oversizeNamesSizeLimitAndOption() {
    DecodedText.Rejected r = rejected(new ArticleDecoder(10).decode(utf8("Eleven byte")), RejectReason.TOO_LARGE);
    assertTrue(r.detail().contains("11 bytes"), r.detail());
    assertTrue(r.detail().contains("10 bytes"), r.detail());
    assertTrue(r.detail().contains("--max-article-bytes"), r.detail());
    accepted(new ArticleDecoder(11).decode(utf8("Eleven byte")));
  }

  @Test
  void filesMostlyOfNulBytesAreBinary() {
    rejected(DECODER.decode(new byte[] {'a', 'b', 0, 'c'}), RejectReason.BINARY);
    DecodedText.Rejected utf16 =
        rejected(DECODER.decode("Hi there".getBytes(StandardCharsets.UTF_16LE)), RejectReason.BINARY);
    assertTrue(utf16.detail().contains("UTF-16"), utf16.detail());
  }

  @Test
  void aFewNulBytesInTextAreReplacedAndTheArticleKept() {
    byte[] bytes = utf8("Exports rose 5% in 2024 to US$3 billion, officials said on Monday in Ottawa.\n");
    bytes[10] = 0;
    bytes[41] = 0;
    DecodedText.Accepted a = accepted(DECODER.decode(bytes));
    assertEquals(2, a.replacedBytes());
    assertEquals("Exports ro\uFFFDe 5% in 2024 to US$3 billion, \uFFFDfficials said on Monday in Ottawa.\n", a.text());
    assertEquals("UTF-8", a.encoding());
  }

  @Test
  void aCutShortUtf8CharacterIsOneReplacementCharacter() {
    byte[] good = utf8("Canada’s exports rose 5% in 2024 to US$3 billion, officials said.");
    // "’" is E2 80 99; dropping its last byte leaves a character cut short.
    byte[] bytes = new byte[good.length - 1];
    System.arraycopy(good, 0, bytes, 0, 8);
    System.arraycopy(good, 9, bytes, 8, good.length - 9);
    DecodedText.Accepted a = accepted(DECODER.decode(bytes));
    assertEquals("Canada\uFFFDs exports rose 5% in 2024 to US$3 billion, officials said.", a.text());
    assertEquals(2, a.replacedBytes());
    assertEquals("UTF-8", a.encoding());
  }

  @Test
  void windows1252QuotesInAUtf8FileReadAsTheQuotesTheyAre() {
    byte[] bytes = utf8("The café said “?strong?” demand lifted exports by 5%.");
    int open = indexOf(bytes, '?');
    int close = indexOf(bytes, '?', open + 1);
    bytes[open] = (byte) 0x93;
    bytes[close] = (byte) 0x94;
    DecodedText.Accepted a = accepted(DECODER.decode(bytes));
    assertEquals("The café said ““strong”” demand lifted exports by 5%.", a.text());
    assertEquals("UTF-8+windows-1252", a.encoding());
    assertEquals(0, a.replacedBytes());
    assertEquals(1, a.warnings().size());
  }

  @Test
  void mostlyUndecodableBytesAreStillUndecodable() {
    byte[] bytes = utf8("Canada’s exports rose, officials said");
    byte[] damaged = new byte[bytes.length + 4];
    System.arraycopy(bytes, 0, damaged, 0, bytes.length);
    for (int i = bytes.length; i < damaged.length; i++) {
      damaged[i] = (byte) 0xE2; // four characters cut short after their first byte, among valid UTF-8
    }
    damaged[bytes.length + 1] = (byte) 0x80;
    damaged[bytes.length + 3] = (byte) 0x80;
    rejected(DECODER.decode(damaged), RejectReason.UNDECODABLE);
  }

  private static int indexOf(byte[] bytes, char c) {
    return indexOf(bytes, c, 0);
  }

  private static int indexOf(byte[] bytes, char c, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == c) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void manyControlBytesAreBinary() {
    byte[] bytes = utf8("Some text here.....");
    bytes[2] = 0x01;
    bytes[5] = 0x1B;
    rejected(DECODER.decode(bytes), RejectReason.BINARY);
  }

  @Test
  void validUtf8IsAcceptedAsIs() {
    DecodedText.Accepted a = accepted(DECODER.decode(utf8("Canada’s café – 100%")));
    assertEquals("Canada’s café – 100%", a.text());
    assertEquals("UTF-8", a.encoding());
    assertEquals(List.of(), a.warnings());
  }

  @Test
  void bomIsStrippedWithAWarning() {
    byte[] text = utf8("Headline\nBody.");
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    DecodedText.Accepted a = accepted(DECODER.decode(withBom));
    assertEquals("Headline\nBody.", a.text());
    assertEquals(1, a.warnings().size());
  }

  @Test
  void invalidUtf8ThatLooksLikeTextIsWindows1252WithAWarning() {
    byte[] bytes = "The caf? served ?strong? coffee.".getBytes(StandardCharsets.US_ASCII);
    bytes[7] = (byte) 0xE9;
    bytes[16] = (byte) 0x93;
    bytes[23] = (byte) 0x94;
    DecodedText.Accepted a = accepted(DECODER.decode(bytes));
    assertEquals("The café served “strong” coffee.", a.text());
    assertEquals("windows-1252", a.encoding());
    assertEquals(1, a.warnings().size());
  }

  @Test
  void invalidUtf8WithMostlyHighBytesIsUndecodable() {
    rejected(DECODER.decode(new byte[] {(byte) 0xE9, (byte) 0xFA, 'a', (byte) 0xC3, (byte) 0xFF}), RejectReason.UNDECODABLE);
  }

  @Test
  void bytesUndefinedInWindows1252AreUndecodable() {
    rejected(DECODER.decode(new byte[] {'a', 'b', 'c', 'd', 'e', (byte) 0x81, 'f', 'g'}), RejectReason.UNDECODABLE);
  }

  @Test
  void lineEndingsBecomeLineFeeds() {
    assertEquals("a\nb\nc\n", accepted(DECODER.decode(utf8("a\r\nb\rc\n"))).text());
  }

  @Test
  void htmlPagesAreReadForTheirText() {
    DecodedText.Accepted page =
        accepted(DECODER.decode(utf8("<!DOCTYPE html><html><body><p>Exports rose 5%.</p></body></html>")));
    assertEquals("\nExports rose 5%.\n", page.text());
    accepted(DECODER.decode(utf8("\n<html lang=\"en\">\n<p>Body</p>")));
    accepted(DECODER.decode(utf8("<div class=\"a\"><span>Hi</span></div><div class=\"b\"></div>")));
    assertEquals("\nExports rose 5%.\n", accepted(DECODER.decode(utf8("<p>Exports rose 5%.</p>"), "news/page.htm")).text());
  }

  @Test
  void aPageOfNavigationOnlyIsNoText() {
    DecodedText.Rejected r = rejected(DECODER.decode(utf8(
        "<!doctype html><html><body><nav><a href=\"/\">Home</a></nav><ul><li><a href=\"/w\">World</a></li></ul>"
            + "<script>var x = 1;</script></body></html>")), RejectReason.NO_TEXT);
    assertTrue(r.detail().contains("navigation"), r.detail());
  }

  @Test
  void aStrayTagInProseIsStillText() {
    accepted(DECODER.decode(utf8("Officials said the <b>tariff</b> of 25% applies to steel imports from next month.")));
  }

  @Test
  void decomposedTextIsKeptWithAWarning() {
    DecodedText.Accepted a = accepted(DECODER.decode(utf8("cafe\u0301")));
    assertEquals("cafe\u0301", a.text());
    assertEquals(1, a.warnings().size());
  }
}
