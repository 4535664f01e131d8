package org.newsfigures.dev.conformance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders suite scores as the Markdown report committed as {@code docs/conformance.md}. */
public final class ConformanceReport {
  private static final int EXAMPLES_PER_CATEGORY = 6;

  private ConformanceReport() {}

  /**
   * @param command the command line that produced the report
   * @param version the extractor's code version
   */
  public static String markdown(List<SuiteScore> scores, String command, String version, LocalDate date) {
    StringBuilder md = new StringBuilder();
    md.append("# Conformance: figure extractor vs. Recognizers-Text English specs\n\n");
    md.append("- Date: ").append(date).append('\n');
    md.append("- Command: `").append(command).append("` (the maintainers' launcher, i.e. `bin/newsfigures-dev` or ")
        .append("`java -cp pipelines/target/newsfigures.jar org.newsfigures.dev.DevMain`), run from the repository")
        .append(" root\n");
    md.append("- Code version: ").append(version).append('\n');
    md.append("- Suite: Microsoft Recognizers-Text English specs as JSONL (see the suite's README.md); "
        + "read at run time, not copied into this repository.\n\n");
    md.append("""
        ## Scoring rules

        The suite README's rule, unchanged: a case passes when we report, in text order, exactly as many
        entities as the spec expects, and each equals its expected entity on `start`, `end` (inclusive in
        the spec; our ends are exclusive, so we compare `end - 1`), value (relative tolerance 1e-9; a spec
        value of null is a unit written without a number, matched only by a bare unit mention) and, where
        the spec gives one, the ISO 4217 code. `text` is not compared (the spec lower-cases it).

        What is compared, per suite:

        - **currency**: our MONEY figures plus currency units written without a number (`dollar` in
          `dollar : 143.80 yen`). Value: the figure's value; sub-unit figures are stored in units
          ("50 cents" = 0.50) and multiplied back to the written sub-unit (50) because the spec states
          them unconverted. ISO: the marker's currency; a bare `$` or `dollars` has none, as in the spec.
        - **percent**: our PERCENT figures (value in percent: "100%" = 100) plus percent words written
          without a number (`a small percent`).
        - **number**: the number layer (`FigureExtractor.numbers`), i.e. every number before deciding what
          it counts: years, ids and fractions included; ordinals ("4th", "first") are not numbers, as in
          the spec.

        A case is "flagged java" when its `NotSupported` list names java: Microsoft's Java harness skips it.
        The per-entity view counts an expected entity as found when one of our entities has the same span
        (start and end); span precision = such matches / entities we reported, span recall = matches /
        entities expected. "Full matches" also require the value and ISO code.

        """);
    md.append("## Results\n\n");
    md.append("| Suite | Passed, all cases | Microsoft Java, all cases | Passed, not flagged java "
        + "| Microsoft Java, not flagged java | Span precision | Span recall | Full matches / expected |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
    for (SuiteScore s : scores) {
      md.append(String.format(Locale.ROOT, "| %s | **%d/%d** (%.1f%%) | %d/%d (%.1f%%) | %d/%d | %s | %.3f | %.3f | %d/%d |%n",
          s.suite().label(), s.passed(), s.total(), 100.0 * s.passed() / s.total(), s.suite().referencePassed(),
          s.total(), 100.0 * s.suite().referencePassed() / s.total(), s.passedNotJava(), s.totalNotJava(),
          s.suite().referenceNotJava(), s.spanPrecision(), s.spanRecall(), s.fullMatches(), s.expectedEntities()));
    }
    md.append("""

        Microsoft's counts are from the suite README (its Java port, vendored in bot-dialogs 4.14.3, run
        by a throwaway harness with the same comparison). Both "not flagged java" columns count the cases
        whose `NotSupported` list does not name java, including a few flagged for other languages only.

        ## Where the news use-case and the spec differ

        The extractor serves news text; where the spec expects otherwise we keep the news behaviour:

        - Hedge words stay outside spans ("about $ 14 million" → `$ 14 million`); the spec agrees.
        - "US $85.5 billion" after a figure in parentheses inherits that figure's hedge; not scored here.
        - In mixed-case text a lower-case "us" before a spaced "$" is the pronoun ("cost us $5"), so no
          USD; the spec's case-folded text (`us $ 150 million`) still reads as USD.
        - Sub-units are stored in units (0.50 for 50 cents), see the scoring rules.
        - Numbers glued to letters are identifiers or units, not numbers ("G7", "29km", "4th"); "m" glued
          to a number is million only after a currency sign ("£5m"), never alone ("1m isn't a number").
        - "one" and other small numbers in words are numbers in the number layer, but the figure layer
          drops a bare "one" and a number after a determiner ("the two countries"); not scored here.
        - Currency words that are everyday words ("won", "pound", "cents") are not reported as bare units.

        ## What the failures left are

        Read from the failing cases when this section was written (the tables below are recomputed on
        every run; the regression test pins the counts):

        - currency: a sign or code between two numbers ("10 $ 30 $", "1 $10 dollars bill", "10 rmb 20 usd",
          "17 USD 25", "3 USD50 Cards"; currency-124 to -128, -168 to -170); a currency name before the
          number ("dollar 22.5 million", "sen 100,000"; currency-164, -110); Indian digit grouping
          ("12,34,567.89 rupees", currency-133); Chinese colloquial units ("one kuai and five mao five",
          currency-102). All but currency-102 and -110 are flagged java.
        - number: digits mixed with scale words and "and" ("4 thousand 3 hundred and 21", "6 crore and two
          hundred", "3 million and a half"; number-147 to -154, -169, -202, -209); irregular fraction
          readings ("one one hundred fifth" = 1/105, "one hundred one thousand fifths", "two and fifty-four
          hundredths", "three hundred and two dozens" = 324, "two out of five hundreds"; number-25, -77,
          -78, -108 to -110, -215); locale decimals and Indian grouping ("1,3", "5,00", "1.111,11",
          "12,34,567.89"; number-159, -173, -187, -200); "x10^" notation (number-190, -192); "one" as a
          pronoun in the number layer (number-155 to -158; the figure layer drops a bare "one");
          "12 out of 10" kept as a quotient (number-176, -177); a phone number (number-144); "hundred
          thousand" without a leading number (number-20). 5 of these 29 are not flagged java.

        """);
    for (SuiteScore s : scores) {
      appendFailures(md, s);
    }
    return md.toString();
  }

  private static void appendFailures(StringBuilder md, SuiteScore s) {
    md.append("## Failures left: ").append(s.suite().label()).append(" (").append(s.failures().size())
        .append(")\n\n");
    Map<FailureCategory, List<CaseResult>> byCategory = new EnumMap<>(FailureCategory.class);
    for (CaseResult r : s.failures()) {
      byCategory.computeIfAbsent(FailureCategory.of(r), c -> new ArrayList<>()).add(r);
    }
    md.append("| Category | Cases | Flagged java | Examples |\n| --- | --- | --- | --- |\n");
    byCategory.forEach((category, results) -> {
      long flagged = results.stream().filter(r -> r.specCase().flaggedJava()).count();
      List<String> examples = results.stream().limit(EXAMPLES_PER_CATEGORY).map(r -> r.specCase().id()).toList();
      md.append("| ").append(category.description()).append(" | ").append(results.size()).append(" | ")
          .append(flagged).append(" | ").append(String.join(", ", examples)).append(" |\n");
    });
    md.append("\n<details><summary>Every failing case</summary>\n\n");
    for (CaseResult r : s.failures()) {
      md.append("- ").append(describe(r)).append('\n');
    }
    md.append("\n</details>\n\n");
  }

  /** One line: id, input, expected and found entities. */
  public static String describe(CaseResult r) {
    StringBuilder b = new StringBuilder();
    b.append('`').append(r.specCase().id()).append("`").append(r.specCase().flaggedJava() ? " (java-flagged)" : "")
        .append(": ").append(abbreviate(r.specCase().input())).append(" — expected ");
    b.append(r.specCase().expected().stream()
        .map(e -> "[" + e.start() + "," + e.end() + "] " + e.text() + " = " + e.value() + (e.iso() == null ? "" : " " + e.iso()))
        .toList());
    b.append(", found ");
    b.append(r.found().stream()
        .map(f -> "[" + f.start() + "," + f.end() + "] " + f.text() + " = " + f.value() + (f.iso() == null ? "" : " " + f.iso()))
        .toList());
    return b.toString().replace("|", "\\|");
  }

  private static String abbreviate(String s) {
    String oneLine = s.replace('\n', ' ');
    return oneLine.length() <= 120 ? "\"" + oneLine + "\"" : "\"" + oneLine.substring(0, 117) + "...\"";
  }
}
