package org.newsfigures.core.reconcile;

/** One row of the tariffs table; columns as in schemas/tariffs.avsc. Rate-less statements have a null rate. */
public record Tariff(
    String tariffId,
    String imposer,
    String target,
    String product,
    Double rate,
    String qualifier,
    Integer year,
    String status,
    String figureId,
    String articleId,
    String sourceFile,
    String evidence) {}
