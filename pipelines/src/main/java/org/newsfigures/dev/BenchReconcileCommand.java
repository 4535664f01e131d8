package org.newsfigures.dev;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.newsfigures.beam.ClaimGroups;
import org.newsfigures.core.analysis.Figure;
import org.newsfigures.core.reconcile.ClaimReconciler;
import org.newsfigures.core.reconcile.Reconciliation;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RecordRows;
import org.newsfigures.io.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsfigures-dev bench-reconcile}: the ReconcileClaims stage's core on one thread without Beam, over the
 * figures of a finished run, grouped as the pipeline groups them. A widely restated claim costs pairs of figures, so this
 * stage grows faster than the corpus; timing it alone separates it from the runner's noise.
 */
@Command(
    name = "bench-reconcile",
    description = "Single-thread time of reconciliation (no Beam) over the figures table of a run's output.")
final class BenchReconcileCommand implements Callable<Integer> {
  @Option(names = "--tables", paramLabel = "DIR", defaultValue = "output",
      description = "Output folder of a finished run (default: ${DEFAULT-VALUE}).")
  Path tables;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
      description = "Timed passes over every group, after one warm-up pass (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Override
  public Integer call() throws Exception {
    FileSystems.setDefaultPipelineOptions(PipelineOptionsFactory.create());
    List<ResourceId> files = ParquetFiles.tableFiles(tables.toAbsolutePath().toString(), Table.FIGURES);
    if (files.isEmpty()) {
      System.err.printf("newsfigures-dev bench-reconcile: no figures table in %s; give the output folder of a finished"
          + " run with --tables.%n", tables);
      return 2;
    }
    List<GenericRecord> rows = new ArrayList<>();
    for (ResourceId file : files) {
      ParquetFiles.forEachRow(file, rows::add);
    }
    RecordRows<Figure> figureRows = new RecordRows<>(Table.FIGURES, Figure.class);
    List<List<Figure>> groups = new ArrayList<>();
    ClaimGroups.of(rows).values().forEach(g -> groups.add(g.stream().map(figureRows::fromAvro).toList()));
    System.out.printf("figures: %,d rows, %,d claim groups, largest %,d figures%n", rows.size(), groups.size(),
        groups.stream().mapToInt(List::size).max().orElse(0));
    ClaimReconciler reconciler = ClaimReconciler.fromReference();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round <= rounds; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      long claims = 0;
      long conflicts = 0;
      for (List<Figure> group : groups) {
        Reconciliation reconciliation = reconciler.reconcile(group);
        claims += reconciliation.claims().size();
        conflicts += reconciliation.conflicts().size();
      }
      System.out.printf("%s: wall %.2f s; CPU %.2f s; %,d claims, %,d conflicts%n",
          round == 0 ? "warm-up" : "round " + round, (System.nanoTime() - start) / 1e9,
          (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9, claims, conflicts);
    }
    return 0;
  }
}
