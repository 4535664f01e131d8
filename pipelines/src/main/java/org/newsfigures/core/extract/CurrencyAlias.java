package org.newsfigures.core.extract;

import java.util.List;

/**
 * One currency form: a row of {@code currency_aliases.csv}, or a name, code or symbol ICU4J lists.
 *
 * @param alias the form as listed ("US$", "Canadian dollars")
 * @param currency ISO 4217 code, or null when the form names no single currency ("$", "dollars")
 * @param form symbol, code or name
 * @param alternative ISO code meant when the paragraph names {@code alternativeWhen}, else null
 * @param alternativeWhen the word selecting the alternative, else null
 * @param subunitsPerUnit 100 for "cents"/"pence" (from {@code currency_subunits.csv}), 1 for a main unit
 * @param candidates every ISO code an ambiguous form may mean ("pesos": MXN, ARS, …), else empty
 * @param strict true for a code only ICU4J lists ("SAR", "TOP", "ALL"): money only when written in capitals
 *     next to an amount shaped like money, since many such codes are also English words or names
 */
record CurrencyAlias(String alias, String currency, Form form, String alternative, String alternativeWhen,
    double subunitsPerUnit, List<String> candidates, boolean strict) {

  /** How a form is written relative to the number. */
  enum Form { SYMBOL, CODE, NAME }

  /** The marker a figure carries when this form is written as {@code written}. */
  CurrencyMarker marker(String written) {
    return new CurrencyMarker(written, currency, alternative, alternativeWhen, candidates);
  }

  boolean isSubunit() {
    return subunitsPerUnit != 1;
  }
}
