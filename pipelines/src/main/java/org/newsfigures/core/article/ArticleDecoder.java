package org.newsfigures.core.article;

import com.ibm.icu.text.Normalizer2;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an input file's bytes into article text, or says why they are not an article.
 *
 * <p>Checks, in order:
 *
 * <ol>
 *   <li>0 bytes → {@link RejectReason#EMPTY}; more than the size limit → {@link RejectReason#TOO_LARGE}.
 *   <li>A UTF-8 byte order mark is removed, with a warning.
 *   <li>More than 5% NUL or control bytes other than tab, line feed, form feed and carriage return →
 *       {@link RejectReason#BINARY} (UTF-16 text lands here too; the detail says so). A few are damage in a text
 *       file: NULs become U+FFFD and are counted as replaced, other control characters are kept.
 *   <li>Valid UTF-8 is decoded as UTF-8. UTF-8 with stray bytes is read as a reader would ({@link MixedTextDecoder}):
 *       single bytes as windows-1252 ("UTF-8+windows-1252", with a warning), a character cut short as U+FFFD. Bytes
 *       with no whole multi-byte UTF-8 character, and more stray bytes than cut-short characters, are single-byte
 *       Western text when at most 30% of them are above 0x7F, and are decoded as windows-1252 with a warning. Anything else, or more than 5% of the bytes replaced →
 *       {@link RejectReason#UNDECODABLE}. The number of replaced bytes goes to {@code articles.replaced_bytes}.
 *   <li>Line endings {@code \r\n} and {@code \r} become {@code \n}.
 *   <li>Text that is nothing but whitespace → {@link RejectReason#EMPTY}: for the analyst "zero bytes" and "only
 *       blank lines" are the same finding, an empty scrape.
 *   <li>An HTML page (named .html or .htm, starting with {@code <!doctype html} or {@code <html}, or mostly tags) is
 *       read with jsoup ({@link HtmlPage}); the article text is what the page's headline, date, byline and body
 *       blocks give, and offsets refer to it. A page without body text (all navigation) →
 *       {@link RejectReason#NO_TEXT}.
 * </ol>
 *
 * <p>Apart from the BOM, replaced bytes, line endings and HTML extraction the text is not altered, because character
 * offsets into it are published. In particular it is not NFC-normalized; text that is not in NFC is accepted with a
 * warning, since decomposed accents can make a figure's surroundings look different from what a reader sees.
 *
 * <p>Instances are immutable, serializable (a DoFn may hold one configured from the command line) and safe to
 * share between threads.
 */
public final class ArticleDecoder implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Default size limit: 5 MB, far above any news article, well below what a worker holds comfortably. */
  public static final int DEFAULT_MAX_BYTES = 5_000_000;

  private static final double MAX_CONTROL_SHARE = 0.05;
  private static final double MAX_REPLACED_SHARE = 0.05;
  private static final double MAX_HIGH_BYTE_SHARE = 0.30;
  private static final double MIN_TAG_SHARE = 0.40;

  private static final Pattern HTML_START = Pattern.compile("^\\s*<(?:!doctype\\s+html|html)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[!/]?[a-zA-Z][^<>]*>");
  private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?");

  private final long maxBytes;

  public ArticleDecoder() {
    this(DEFAULT_MAX_BYTES);
  }

  /** @param maxBytes largest file accepted, in bytes (the {@code --max-article-bytes} option) */
  public ArticleDecoder(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive, was " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** A file of {@code sizeBytes} is rejected before it is read when it is over the limit. */
  public Optional<DecodedText.Rejected> sizeCheck(long sizeBytes) {
    if (sizeBytes <= maxBytes) {
      return Optional.empty();
    }
    return Optional.of(new DecodedText.Rejected(
        RejectReason.TOO_LARGE,
        String.format(
            Locale.ROOT,
            "The file has %,d bytes, over the limit of %,d bytes; if it really is one article, raise the limit with --max-article-bytes.",
            sizeBytes,
            maxBytes)));
  }

  /** Decodes bytes whose file name says nothing about their kind. */
  public DecodedText decode(byte[] bytes) {
    return decode(bytes, "");
  }

  /** @param fileName the file's name or path: ".html" and ".htm" files are read as web pages */
  public DecodedText decode(byte[] bytes, String fileName) {
    if (bytes.length == 0) {
      return new DecodedText.Rejected(RejectReason.EMPTY, "The file has 0 bytes; check that the scraper saved the article.");
    }
    Optional<DecodedText.Rejected> tooLarge = sizeCheck(bytes.length);
    if (tooLarge.isPresent()) {
      return tooLarge.get();
    }
    List<String> warnings = new ArrayList<>();
    ByteBuffer content = ByteBuffer.wrap(bytes);
    if (startsWithUtf8Bom(bytes)) {
      content = ByteBuffer.wrap(bytes, 3, bytes.length - 3);
      warnings.add("A UTF-8 byte order mark was removed from the start of the file.");
    }
    String binary = binaryFinding(content);
    if (binary != null) {
      return new DecodedText.Rejected(RejectReason.BINARY, binary);
    }
    String raw = strictUtf8(content);
    String encoding = "UTF-8";
    int replaced = 0;
    if (raw == null || raw.indexOf('\0') >= 0) {
      MixedTextDecoder.Decoded mixed = MixedTextDecoder.utf8WithStrayBytes(content);
      // Without a whole UTF-8 character, the high bytes are single-byte text, unless they are mostly UTF-8
      // characters cut short: "Canada’s" with the quote's last byte lost is damaged UTF-8, not "Canadaâ€s".
      if (raw == null && mixed.utf8Sequences() == 0 && mixed.cutShort() <= mixed.windows1252Bytes()) {
        if (highByteShare(content) > MAX_HIGH_BYTE_SHARE) {
          return new DecodedText.Rejected(
              RejectReason.UNDECODABLE,
              "The bytes are neither valid UTF-8 nor plausible windows-1252 text; re-save the article as UTF-8.");
        }
        mixed = MixedTextDecoder.windows1252(content);
        encoding = "windows-1252";
        warnings.add("The file is not valid UTF-8; it was decoded as windows-1252, check accented letters and quotes.");
      } else if (mixed.windows1252Bytes() > 0) {
        encoding = "UTF-8+windows-1252";
        warnings.add(String.format(Locale.ROOT, "%d bytes of this UTF-8 file are not UTF-8; they were read as"
            + " windows-1252 characters (such as curly quotes), check them.", mixed.windows1252Bytes()));
      }
      raw = mixed.text();
      replaced = mixed.replacedBytes();
    }
    if (replaced > MAX_REPLACED_SHARE * content.remaining()) {
      return new DecodedText.Rejected(RejectReason.UNDECODABLE, String.format(Locale.ROOT,
          "%d of its %d bytes cannot be decoded as text in any encoding tried; re-save the article as UTF-8.",
          replaced, content.remaining()));
    }
    if (replaced > 0) {
      warnings.add(String.format(Locale.ROOT, "%d damaged bytes (NULs, cut-short characters) were replaced with"
          + " U+FFFD; the article is kept.", replaced));
    }
    String text = LINE_BREAK.matcher(raw).replaceAll("\n");
    if (Whitespace.isBlank(text)) {
      return new DecodedText.Rejected(
          RejectReason.EMPTY, "The file holds only whitespace; check that the scraper captured the article body.");
    }
    if (isHtml(fileName, text)) {
      HtmlPage.Read page = HtmlPage.read(text);
      if (page.paragraphs().isEmpty()) {
        return new DecodedText.Rejected(
            RejectReason.NO_TEXT,
            "The HTML page has no article text: once navigation, scripts, styles, ads and comments are dropped no"
                + " paragraph is left; check that the scraper saved the article page and not an index or menu page.");
      }
      text = page.text();
      warnings.add("The file is an HTML page; the article text was extracted from it, and offsets refer to that text.");
    }
    if (!Normalizer2.getNFCInstance().isNormalized(text)) {
      warnings.add("The text is not in Unicode NFC; it is kept as is, so offsets match the file.");
    }
    return new DecodedText.Accepted(text, encoding, warnings, replaced);
  }

  private static boolean startsWithUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  /** Why the bytes look binary, or null when they do not: a few NULs and control bytes are damage, not binary. */
  private static String binaryFinding(ByteBuffer content) {
    int nuls = 0;
    int controls = 0;
    for (int i = content.position(); i < content.limit(); i++) {
      int b = content.get(i) & 0xFF;
      if (b == 0) {
        nuls++;
      } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F) {
        controls++;
      }
    }
    int size = content.remaining();
    if (nuls + controls <= MAX_CONTROL_SHARE * size) {
      return null;
    }
    if (nuls > 0) {
      return String.format(
          Locale.ROOT,
          "%d of its %d bytes are NUL bytes, so it is binary or UTF-16; convert text to UTF-8, and leave other files"
              + " out of the input.",
          nuls,
          size);
    }
    return String.format(
        Locale.ROOT,
        "%d of its %d bytes are control characters, so the file is not text; leave it out of the input.",
        controls,
        size);
  }

  private static double highByteShare(ByteBuffer content) {
    int high = 0;
    for (int i = content.position(); i < content.limit(); i++) {
      if ((content.get(i) & 0x80) != 0) {
        high++;
      }
    }
    return (double) high / content.remaining();
  }

  /** The decoded text, or null when the bytes are not valid UTF-8. */
  private static String strictUtf8(ByteBuffer content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return decoder.decode(content.duplicate()).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isHtml(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".html") || name.endsWith(".htm") || HTML_START.matcher(text).find()) {
      return true;
    }
    int tagChars = 0;
    Matcher tags = TAG.matcher(text);
    while (tags.find()) {
      tagChars += tags.end() - tags.start();
    }
    return tagChars > MIN_TAG_SHARE * text.length();
  }
}
