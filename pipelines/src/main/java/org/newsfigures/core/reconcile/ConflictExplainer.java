package org.newsfigures.core.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.attribution.CountryMentions;
import org.newsfigures.core.attribution.Metric;
import org.newsfigures.core.attribution.MetricVocabulary;

/**
 * Sentences that explain a finding to a reader who has not seen the code: which articles (by source-file prefix),
 * which figures as printed, what claim, how far apart, and the likely cause.
 */
final class ConflictExplainer {
  private final MetricVocabulary metrics;
  private final CountryMentions countries;

  ConflictExplainer(MetricVocabulary metrics, CountryMentions countries) {
    this.metrics = metrics;
    this.countries = countries;
  }

  /** "Canada–China two-way trade in 2024", "Canada–China tariff rate on steel in 2024". */
  String claim(ClaimKey key) {
    List<String> parties = new ArrayList<>();
    if (key.subject() != null) {
      parties.add(countries.name(key.subject()));
    }
    if (key.counterpart() != null) {
      parties.add(countries.name(key.counterpart()));
    }
    String label = metrics.find(key.metric()).map(Metric::label).orElse(key.metric());
    return (parties.isEmpty() ? "" : String.join("–", parties) + " ")
        + label
        + (key.product() == null ? "" : " on " + key.product())
        + (key.year() == null ? "" : " in " + key.year());
  }

  String sameNumeral(ClaimKey key, ClaimReading a, ClaimReading b, int rateYear) {
    return String.format(Locale.ROOT,
        "%s gives %s and %s gives %s for %s; at the %d rate these differ by %s. The same numeral in two currencies"
            + " suggests one article mislabels the currency.",
        label(a), quoted(a), label(b), quoted(b), claim(key), rateYear, percent(Tolerance.severity(a.point(), b.point())));
  }

  String rateRatio(ClaimKey key, ClaimReading a, ClaimReading b, double ratio, double rate, int rateYear) {
    return String.format(Locale.ROOT,
        "%s gives %s and %s gives %s for %s, both in %s; their ratio %.3f is within %s of the %d rate (%.4f CAD per"
            + " USD), as if one of them were a Canadian-dollar amount labelled US dollars or the reverse.",
        label(a), quoted(a), label(b), quoted(b), claim(key), a.figure().currency(), ratio,
        percent(Tolerance.RATE), rateYear, rate);
  }

  String valueGap(ClaimKey key, ClaimReading a, ClaimReading b) {
    return String.format(Locale.ROOT,
        "%s gives %s%s and %s gives %s%s for %s; they differ by %s, more than their hedges (%s, %s) allow.",
        label(a), quoted(a), normalized(a), label(b), quoted(b), normalized(b), claim(key),
        percent(Tolerance.severity(a.point(), b.point())), a.figure().qualifier(), b.figure().qualifier());
  }

  String conversion(ClaimKey key, Figure from, Figure to, double implied, double rate, String unit,
      String quote, int rateYear, boolean agrees) {
    return String.format(Locale.ROOT,
        "%s states %s as %s for %s: %.3f %s per %s, %s the %d reference rate %.4f (%s apart).",
        from.sourceLabel(), quote(from), quote(to), claim(key), implied, quote, unit,
        agrees ? "within " + percent(Tolerance.RATE) + " of" : "more than " + percent(Tolerance.RATE) + " from",
        rateYear, rate, percent(Math.abs(implied / rate - 1)));
  }

  String partsSum(ClaimKey key, List<ClaimReading> parts, double sum, ClaimReading total, boolean agrees) {
    List<String> terms = parts.stream().map(p -> p.key().metric() + " " + quoted(p)).toList();
    return String.format(Locale.ROOT,
        "%s: %s add up to %s, %s %s %s (%s apart).",
        label(total), String.join(" + ", terms), usd(sum), agrees ? "consistent with" : "not", claim(key), quoted(total),
        percent(Tolerance.severity(sum, total.point())));
  }

  String derived(ClaimReading change, ClaimReading level, double implied, ClaimReading stated, String sources) {
    String verb = "decrease".equals(change.figure().direction()) ? "fell" : "rose";
    return String.format(Locale.ROOT,
        "%s says %s %s %s in %d to %s%s, which implies about %s in %d; %s gives %s for %s. These differ by %s, so"
            + " both cannot hold. %s",
        label(change), claim(level.key().withYear(null)), verb, quoted(change), change.key().year(), quoted(level),
        normalized(level), usd(implied), stated.key().year(), label(stated), quoted(stated), claim(stated.key()),
        percent(Tolerance.severity(implied, stated.point())), sources);
  }

  /** Who counted: "001 cites China customs data (Chinese import data), while 000 names no source (…)". */
  String sources(ClaimKey key, Figure a, Figure b) {
    String sideA = dataSide(key, a);
    String sideB = dataSide(key, b);
    if (sideA.equals(sideB)) {
      return String.format(Locale.ROOT, "Both read as %s, so one of the figures is likely wrong.", sideA);
    }
    return String.format(Locale.ROOT,
        "%s %s, while %s %s: the figures likely come from different statistical sources (%s vs %s).",
        a.sourceLabel(), citation(a), b.sourceLabel(), citation(b), sideA, sideB);
  }

  private String citation(Figure f) {
    List<String> named = countries.sourcesNamed(f.sentence());
    return named.isEmpty() ? "names no source" : "cites " + named.get(0);
  }

  /**
   * Whose statistics a trade figure reads as: a source of the counterpart country counts the mirror flow (China's
   * customs count Canada's exports to China as Chinese imports); no source, or one of the subject, the subject's own.
   */
  private String dataSide(ClaimKey key, Figure f) {
    String flow = key.metric().endsWith("s") ? key.metric().substring(0, key.metric().length() - 1) : key.metric();
    String mirror = switch (flow) {
      case "export" -> "import";
      case "import" -> "export";
      default -> flow;
    };
    List<String> named = countries.sourcesNamed(f.sentence());
    String sourceCountry = named.isEmpty() ? null : countries.firstCountryIn(named.get(0));
    if (sourceCountry != null && sourceCountry.equals(key.counterpart())) {
      return countries.demonym(sourceCountry) + " " + mirror + " data";
    }
    String own = sourceCountry != null ? sourceCountry : key.subject();
    return own == null ? "unnamed data" : countries.demonym(own) + " " + flow + " data";
  }

  private static String label(ClaimReading r) {
    return r.figure().sourceLabel();
  }

  private static String quoted(ClaimReading r) {
    return quote(r.figure());
  }

  private static String quote(Figure f) {
    String hedge = switch (f.qualifier() == null ? "exact" : f.qualifier()) {
      case "approx" -> "about ";
      case "more_than" -> "more than ";
      case "less_than" -> "less than ";
      case "at_least" -> "at least ";
      case "at_most" -> "at most ";
      default -> "";
    };
    return hedge + f.text();
  }

  /** " (US$86.7 billion)" for money not stated in US dollars; "" otherwise. */
  private static String normalized(ClaimReading r) {
    return "USD".equals(r.unit()) && !"USD".equals(r.figure().currency()) ? " (" + usd(r.point()) + ")" : "";
  }

  static String usd(double amount) {
    if (Math.abs(amount) >= 1e9) {
      return String.format(Locale.ROOT, "US$%.1f billion", amount / 1e9);
    }
    if (Math.abs(amount) >= 1e6) {
      return String.format(Locale.ROOT, "US$%.1f million", amount / 1e6);
    }
    return String.format(Locale.ROOT, "US$%,.0f", amount);
  }

  /** "37%", "1.3%": one decimal below 10%, where it matters against the 2% rate tolerance. */
  static String percent(double fraction) {
    String digits = String.format(Locale.ROOT, fraction < 0.1 ? "%.1f" : "%.0f", fraction * 100);
    return (digits.endsWith(".0") ? digits.substring(0, digits.length() - 2) : digits) + "%";
  }
}
