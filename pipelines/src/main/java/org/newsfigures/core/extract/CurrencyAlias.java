package org.newsfigures.core.extract;

/**
 * One row of {@code currency_aliases.csv}.
 *
 * @param alias the form as listed ("US$", "Canadian dollars")
 * @param currency ISO 4217 code, or null when the form names no single currency ("$", "dollars")
 * @param form symbol, code or name
 * @param alternative ISO code meant when the paragraph names {@code alternativeWhen}, else null
 * @param alternativeWhen the word selecting the alternative, else null
 * @param subunitsPerUnit 100 for "cents"/"pence" (from {@code currency_subunits.csv}), 1 for a main unit
 */
record CurrencyAlias(String alias, String currency, Form form, String alternative, String alternativeWhen,
    double subunitsPerUnit) {

  /** How a form is written relative to the number. */
  enum Form { SYMBOL, CODE, NAME }

  boolean isSubunit() {
    return subunitsPerUnit != 1;
  }
}
