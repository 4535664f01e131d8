package org.newsfigures.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;

/** The launcher's Direct Runner defaults, and the user's options winning over them. */
class DirectRunnerTuningTest {
  private static DirectOptions tuned(String... args) {
    DirectOptions options = PipelineOptionsFactory.fromArgs(args).as(DirectOptions.class);
    DirectRunnerTuning.apply(options, List.of(args));
    return options;
  }

  @Test
  void defaultsReturnAtOnceSkipTheTestChecksAndUseOneThreadPerCore() {
    DirectOptions options = tuned();
    assertFalse(options.isBlockOnRun());
    assertFalse(options.isEnforceImmutability());
    assertFalse(options.isEnforceEncodability());
    assertEquals(Runtime.getRuntime().availableProcessors(), options.getTargetParallelism());
  }

  @Test
  void optionsTheUserGivesWin() {
    DirectOptions options = tuned("--enforceImmutability=true", "--enforceEncodability=true", "--targetParallelism=3");
    assertTrue(options.isEnforceImmutability());
    assertTrue(options.isEnforceEncodability());
    assertEquals(3, options.getTargetParallelism());
  }
}
