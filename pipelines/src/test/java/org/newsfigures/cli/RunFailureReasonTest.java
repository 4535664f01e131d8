package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.beam.sdk.Pipeline.PipelineExecutionException;
import org.junit.jupiter.api.Test;

/** What a failed run says of its cause, in the runs table and on stderr. */
class RunFailureReasonTest {
  @Test
  void runningOutOfHeapSaysHowToGiveTheRunMore() {
    Throwable failure = new PipelineExecutionException(new OutOfMemoryError("Java heap space"));

    assertEquals("the JVM ran out of memory (Java heap space) with a heap cap of 1280 MB; run again with a larger"
        + " cap, for example NEWSFIGURES_JAVA_OPTS=-Xmx2560m", RunPublisher.failureReason(failure, 1280L << 20));
  }

  @Test
  void anyOtherFailureIsItsRootCause() {
    Throwable failure = new PipelineExecutionException(new IllegalStateException("disk full"));

    assertEquals("disk full", RunPublisher.failureReason(failure, 1280L << 20));
  }
}
