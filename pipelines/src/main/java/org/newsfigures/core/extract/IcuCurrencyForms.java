package org.newsfigures.core.extract;

import com.ibm.icu.text.CurrencyDisplayNames;
import com.ibm.icu.text.CurrencyMetaInfo;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The English names, ISO codes and symbols of every currency that is legal tender, from Unicode CLDR as
 * shipped in ICU4J, so that "28 billion Qatari riyals", "SAR 37.5 billion" and "R$194 billion" read as
 * money without a hand-kept row per currency. Also groups currencies by the last word of their names
 * ("peso": MXN, ARS, CLP, …), which is what a short form like "pesos" may mean.
 *
 * <p>The currencies are those in use on {@link #IN_USE_ON} (a fixed day, so output never depends on the
 * day of the run); funds, metals and test codes are not legal tender and are left out.
 */
final class IcuCurrencyForms {
  /** 2026-01-01T00:00Z. */
  static final Date IN_USE_ON = new Date(1_767_225_600_000L);

  /** ICU4J's data never changes within a JVM; reading it once keeps every extractor built after cheap. */
  private static final class Loaded {
    static final IcuCurrencyForms FORMS = new IcuCurrencyForms();
  }

  private final CurrencyDisplayNames english = CurrencyDisplayNames.getInstance(ULocale.ENGLISH, true);
  private final Set<String> codes = new TreeSet<>(
      CurrencyMetaInfo.getInstance().currencies(CurrencyMetaInfo.CurrencyFilter.onDate(IN_USE_ON).withTender()));
  /** Last word of a currency's English names, singular ("peso", "dollar", "won") → its codes, sorted. */
  private final Map<String, Set<String>> byLastWord = new HashMap<>();
  private final List<CurrencyAlias> forms;

  static IcuCurrencyForms get() {
    return Loaded.FORMS;
  }

  private IcuCurrencyForms() {
    for (String code : codes) {
      for (String name : List.of(english.getName(code), english.getPluralName(code, "one"))) {
        String lower = name.toLowerCase(Locale.ROOT);
        byLastWord.computeIfAbsent(lower.substring(lower.lastIndexOf(' ') + 1), w -> new TreeSet<>()).add(code);
      }
    }
    forms = List.copyOf(readForms());
  }

  /**
   * The forms ICU4J gives: each currency's name, singular and plural ("Qatari riyal", "Qatari riyals"), its
   * code (strict: "TOP 10" is no money) and its English symbol where that is not the code and names no
   * other currency ("R$", "NT$", "₪").
   */
  List<CurrencyAlias> forms() {
    return forms;
  }

  private List<CurrencyAlias> readForms() {
    Map<String, Set<String>> bySymbol = new TreeMap<>();
    for (Map.Entry<String, String> e : english.symbolMap().entrySet()) {
      if (codes.contains(e.getValue()) && !e.getKey().equals(e.getValue())) {
        bySymbol.computeIfAbsent(e.getKey(), s -> new TreeSet<>()).add(e.getValue());
      }
    }
    List<CurrencyAlias> forms = new ArrayList<>();
    for (String code : codes) {
      for (String name : new TreeSet<>(List.of(english.getName(code), english.getPluralName(code, "one"),
          english.getPluralName(code, "other")))) {
        if (!name.contains("(")) {
          forms.add(alias(name, code, CurrencyAlias.Form.NAME, false));
        }
      }
      forms.add(alias(code, code, CurrencyAlias.Form.CODE, true));
    }
    bySymbol.forEach((symbol, symbolCodes) -> {
      if (symbolCodes.size() == 1 && !symbol.contains(" ")) {
        forms.add(alias(symbol, symbolCodes.iterator().next(), CurrencyAlias.Form.SYMBOL, false));
      }
    });
    return forms;
  }

  /**
   * What a short form may mean: the currencies whose English names end in one of {@code lastWords}
   * ("peso|dollar"), {@code usual} first; empty when that is one currency or none.
   */
  List<String> candidates(String lastWords, String usual) {
    Set<String> found = new TreeSet<>();
    for (String word : lastWords.split("\\|")) {
      found.addAll(byLastWord.getOrDefault(word.strip().toLowerCase(Locale.ROOT), Set.of()));
    }
    if (usual != null) {
      found.add(usual);
    }
    if (found.size() < 2) {
      return List.of();
    }
    List<String> ordered = new ArrayList<>(found.size());
    if (usual != null) {
      ordered.add(usual);
    }
    found.stream().filter(c -> !c.equals(usual)).forEach(ordered::add);
    return ordered;
  }

  private static CurrencyAlias alias(String form, String code, CurrencyAlias.Form kind, boolean strict) {
    return new CurrencyAlias(form, code, kind, null, null, 1, List.of(), strict);
  }
}
