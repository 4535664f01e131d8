package org.newsfigures.core.extract;

/**
 * A figure read from tokens, before its hedge and direction are read.
 *
 * @param first index of the first token (currency marker or number)
 * @param last index of the last token (unit, scale word or marker)
 * @param kind what the figure is
 * @param value the value, or a range's lower end
 * @param valueHigh a range's upper end, else null
 * @param unit duration unit, else null
 * @param currency money marker, else null
 * @param number the number read (its scale lets "$2-3 billion" scale the 2), null for word figures ("double")
 */
record ParsedFigure(int first, int last, FigureKind kind, double value, Double valueHigh, String unit,
    CurrencyMarker currency, NumberSpan number) {

  double scale() {
    return number == null ? 1 : number.scale();
  }

  /** One figure from "between X and Y" / "X-Y" / "X to Y": this figure's unit, the two values. */
  ParsedFigure through(ParsedFigure high, double low) {
    return new ParsedFigure(first, high.last, kind, low, high.value, unit, currency, number);
  }

  /** A unitless number taking the unit of its partner ("2 to 3 percent": the 2 is a percent too). */
  ParsedFigure taking(ParsedFigure unitSource) {
    double scaled = scale() == 1 && unitSource.scale() > 1 ? value * unitSource.scale() : value;
    return new ParsedFigure(first, last, unitSource.kind, scaled, null, unitSource.unit, unitSource.currency, number);
  }
}
