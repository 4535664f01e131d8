package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Stand-in; replaced by the extract branch. */
public final class FigureExtractor {
  private static final Pattern P = Pattern.compile("(US ?\\$|C\\$|\\$)?(\\d+(?:\\.\\d+)?)( billion|%)?");

  public static FigureExtractor fromReference() {
    return new FigureExtractor();
  }

  public List<FigureMention> extract(String text) {
    List<FigureMention> out = new ArrayList<>();
    Matcher m = P.matcher(text);
    while (m.find()) {
      if (m.group(3) == null) continue;
      boolean money = m.group(1) != null;
      double v = Double.parseDouble(m.group(2)) * (" billion".equals(m.group(3)) ? 1e9 : 1);
      CurrencyMarker c = !money ? null : new CurrencyMarker(m.group(1), m.group(1).startsWith("US") ? "USD" : m.group(1).startsWith("C") ? "CAD" : null, null, null);
      out.add(new FigureMention(m.start(), m.end(), m.group(), money ? FigureKind.MONEY : FigureKind.PERCENT, v, null, null, c, Qualifier.EXACT, null));
    }
    return out;
  }
}
