package org.newsfigures.core.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds every figure a sentence states: money, percents, percentage points, counts, durations and
 * multipliers, with hedge ("about" → APPROX) and direction of change ("fell by" → DECREASE).
 *
 * <p>Immutable and thread-safe: build it once ({@link #fromReference()}) and call {@link #extract} from
 * any thread. Offsets are UTF-16 indices into the given text, end exclusive.
 *
 * <p>Steps: {@link Tokenizer} → {@link NumberParser} (numbers) → {@link FigureReader} (what each number
 * states) and {@link WordFigureReader} ("double") → {@link RangeJoiner} → {@link NonFigureFilter} (years,
 * dates, ids) → {@link HedgeReader} and {@link ChangeDirectionReader}.
 *
 * <p>Decisions where news text is ambiguous:
 * <ul>
 *   <li>"a decade" / "nearly a decade" is a DURATION of 1 decade (the hedge gives APPROX); "a year",
 *       "a week" are not figures ("a year earlier", "once a week" are idioms far more often).
 *   <li>A range is one figure with {@code valueHigh}: "between $2 billion and $3 billion", "$2-3 billion",
 *       "2 to 3 percent". A change "from 5% to 7%" states two levels: two figures; a unitless "from 5 to 7%"
 *       gives the 5 the 7's unit.
 *   <li>A small number in words is a COUNT when it quantifies a noun ("two Canadians"), not after a
 *       determiner ("the two countries", "its two largest partners": the things are already known), and a
 *       bare "one" never is ("one that builds", "at one point").
 *   <li>"double"/"triple" are multipliers only as verbs ("will double", "aims to double"); direction is
 *       left null for multipliers, their value says it.
 *   <li>A money figure in parentheses right after another ("C$118.7 billion (US $85.5 billion)") is its
 *       conversion and takes the first figure's hedge.
 *   <li>Sub-units are stored in units: "50 cents" is 0.50 with marker "cents".
 *   <li>Unitless 1900–2099 are years; 1000–1899 only after "in", "since", a month etc.
 * </ul>
 */
public final class FigureExtractor {
  /** Currency words that are also everyday English words; as bare units they would mostly be wrong. */
  private static final Set<String> HOMOGRAPH_UNITS = Set.of("won", "pound", "pounds", "bucks", "cent", "cents");

  private final Tokenizer tokenizer = new Tokenizer();
  private final CurrencyAliases currencies;
  private final NumberParser numbers;
  private final FigureReader figures;
  private final WordFigureReader wordFigures;
  private final RangeJoiner ranges;
  private final NonFigureFilter nonFigures = new NonFigureFilter();
  private final HedgeReader hedges;
  private final ChangeDirectionReader directions;

  private FigureExtractor(CurrencyAliases currencies, HedgeReader hedges, ChangeDirectionReader directions) {
    this.currencies = currencies;
    Set<String> gluedWords = new HashSet<>(currencies.gluedWords());
    gluedWords.addAll(FigureReader.GLUED_PERCENT_WORDS);
    this.numbers = new NumberParser(gluedWords);
    this.figures = new FigureReader(currencies, hedges);
    this.wordFigures = new WordFigureReader(hedges);
    this.ranges = new RangeJoiner(directions);
    this.hedges = hedges;
    this.directions = directions;
  }

  /** An extractor reading the shipped reference tables (currency aliases, hedges, change words). */
  public static FigureExtractor fromReference() {
    HedgeReader hedges = HedgeReader.fromReference();
    return new FigureExtractor(CurrencyAliases.fromReference(), hedges, ChangeDirectionReader.fromReference());
  }

  /** The figures stated in {@code text}, in text order. */
  public List<FigureMention> extract(String text) {
    return read(text, tokenizer.tokenize(text));
  }

  /** The figures and the bare currency/percent units of {@code text}. */
  public Extraction extractWithBareUnits(String text) {
    List<Token> t = tokenizer.tokenize(text);
    List<FigureMention> figureMentions = read(text, t);
    return new Extraction(figureMentions, bareUnits(text, t, figureMentions));
  }

  /** Every number in {@code text} as the number layer reads it (years, ids and fractions included). */
  public List<NumberMention> numbers(String text) {
    List<NumberMention> found = new ArrayList<>();
    for (NumberSpan n : numbers.find(text, tokenizer.tokenize(text))) {
      found.add(new NumberMention(n.start(), n.end(), text.substring(n.start(), n.end()), n.value()));
    }
    return found;
  }

  private List<FigureMention> read(String text, List<Token> t) {
    List<NumberSpan> found = numbers.find(text, t);
    List<ParsedFigure> readings = new ArrayList<>();
    int usedUntil = -1;
    for (int i = 0; i < found.size(); i++) {
      if (found.get(i).first() <= usedUntil) {
        continue; // the cents of "3 dollars 50 cents"
      }
      ParsedFigure r = figures.read(text, t, found, i);
      if (r != null) {
        readings.add(r);
        usedUntil = r.last();
      }
    }
    readings.addAll(wordFigures.find(t));
    readings.sort(Comparator.comparingInt(ParsedFigure::first));
    List<FigureMention> mentions = new ArrayList<>(readings.size());
    ParsedFigure previous = null;
    Qualifier previousQualifier = null;
    for (ParsedFigure r : ranges.join(t, readings)) {
      if (r.kind() == FigureKind.COUNT && nonFigures.excludes(text, t, r.number(), r.valueHigh() != null)) {
        continue;
      }
      HedgeReader.Hedge hedge = hedges.read(t, r.first(), r.last());
      Qualifier qualifier = r.kind() == FigureKind.DURATION && HedgeReader.isSpan(t, hedge)
          ? Qualifier.EXACT : hedge.qualifier();
      if (qualifier == Qualifier.EXACT && isConversionOf(t, previous, r)) {
        qualifier = previousQualifier; // "about C$118.7 billion (US $85.5 billion)": the conversion is as rough
      }
      int start = t.get(r.first()).start();
      int end = t.get(r.last()).end();
      mentions.add(new FigureMention(start, end, text.substring(start, end), r.kind(), r.value(), r.valueHigh(),
          r.unit(), r.currency(), qualifier, directions.read(t, hedge.first(), r.last())));
      previous = r;
      previousQualifier = qualifier;
    }
    return mentions;
  }

  /** A money figure in parentheses right after another: "C$118.7 billion (US $85.5 billion)". */
  private static boolean isConversionOf(List<Token> t, ParsedFigure previous, ParsedFigure r) {
    return previous != null && previous.kind() == FigureKind.MONEY && r.kind() == FigureKind.MONEY
        && r.first() == previous.last() + 2 && t.get(previous.last() + 1).isSymbol('(');
  }

  private List<UnitMention> bareUnits(String text, List<Token> t, List<FigureMention> figureMentions) {
    List<UnitMention> units = new ArrayList<>();
    int f = 0;
    for (int i = 0; i < t.size(); i++) {
      Token tok = t.get(i);
      while (f < figureMentions.size() && figureMentions.get(f).end() <= tok.start()) {
        f++;
      }
      if (f < figureMentions.size() && figureMentions.get(f).start() <= tok.start()) {
        continue; // inside a figure
      }
      if (tok.isSymbol('%') || (tok.isWord() && FigureReader.isPercentWord(tok.lower()))) {
        units.add(new UnitMention(tok.start(), tok.end(), text.substring(tok.start(), tok.end()), FigureKind.PERCENT, null));
        continue;
      }
      CurrencyMatch m = tok.isWord() && !HOMOGRAPH_UNITS.contains(tok.lower()) ? currencies.matchAfter(text, t, i) : null;
      if (m != null && m.alias().form() != CurrencyAlias.Form.SYMBOL && m.scale() == 1 && !m.alias().strict()) {
        int end = t.get(m.last()).end();
        String written = text.substring(tok.start(), end);
        units.add(new UnitMention(tok.start(), end, written, FigureKind.MONEY, m.alias().marker(written)));
        i = m.last();
      }
    }
    return units;
  }
}
