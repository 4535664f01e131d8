package org.newsfigures.cli;

import java.util.List;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.options.PipelineOptions;

/**
 * The launcher's Direct Runner defaults, each measured (docs/benchmarks.md). A Beam option the user gives on the
 * command line wins over its default here; other runners ignore these options.
 */
final class DirectRunnerTuning {
  private DirectRunnerTuning() {}

  /** @param beamArgs the Beam options as the user gave them */
  static void apply(PipelineOptions options, List<String> beamArgs) {
    DirectOptions direct = options.as(DirectOptions.class);
    // Return from run() at once on the Direct Runner, so progress can be reported while it works.
    direct.setBlockOnRun(false);
    // The Direct Runner's immutability and encodability checks are test aids that cost ~40% of a run
    // (1,000 articles: 20.3 s with, 12.6 s without); the tests turn them on, users may too.
    if (!mentions(beamArgs, "--enforceImmutability")) {
      direct.setEnforceImmutability(false);
    }
    if (!mentions(beamArgs, "--enforceEncodability")) {
      direct.setEnforceEncodability(false);
    }
    // The Direct Runner's scheduler re-runs itself without pause on one of its targetParallelism threads whenever
    // one is free; its default of at least 3 threads on 2 cores leaves it a core to spin on while the shards are
    // analysed (38% of CPU at 10,000 articles). One thread per core keeps every thread busy with shards.
    if (!mentions(beamArgs, "--targetParallelism")) {
      direct.setTargetParallelism(Runtime.getRuntime().availableProcessors());
    }
  }

  private static boolean mentions(List<String> beamArgs, String option) {
    return beamArgs.stream().anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
  }
}
