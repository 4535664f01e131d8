package org.newsfigures.io;

/** One row of the runs table (see schemas/runs.avsc); times in epoch milliseconds (UTC). */
public record RunRow(
    String runId,
    long startedAt,
    Long finishedAt,
    String status,
    String mode,
    int articlesSeen,
    int articlesNew,
    int articlesChanged,
    int articlesRemoved,
    int articlesUnchanged,
    int rejected,
    int figures,
    int conflicts,
    Long durationMs,
    String codeVersion,
    String runner,
    String message) {}
