package org.newsfigures.core.context;

/** One row of the quotes table (schemas/quotes.avsc): words an article quotes, with who said them. */
public record QuoteRow(
    String quoteId, String articleId, String speaker, String text, int charStart, int charEnd, String verb) {}
