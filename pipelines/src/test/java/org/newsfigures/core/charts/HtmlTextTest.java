package org.newsfigures.core.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
  @Test
  void htmlEscapesTagsQuotesAndAmpersands() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", HtmlText.html("<script>alert(1)</script>"));
    assertEquals("&quot;&gt;&lt;img onerror=&#39;x&#39;&gt; &amp; C$", HtmlText.html("\"><img onerror='x'> & C$"));
    assertEquals("Canada’s exports — 75%", HtmlText.html("Canada’s exports — 75%"));
  }

  @Test
  void plotlyTextCannotEndTheScriptStringOrTheScript() {
    String escaped = HtmlText.plotly("a\\\"b</script><img onerror=x>\nc\u2028d");
    assertEquals("a&#92;&#34;b&lt;/script&gt;&lt;img onerror=x&gt; c d", escaped);
    assertFalse(escaped.contains("\"") || escaped.contains("\\") || escaped.contains("<") || escaped.contains("\n"));
  }
}
