package org.newsfigures.beam;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsfigures.io.ArrowTableWriter;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.ReusableArrowBatches;
import org.newsfigures.io.Table;

/**
 * Writes each table as one Arrow IPC file {@code <output>/arrow/<table>.arrow}, for zero-copy loading
 * ({@code pd.read_feather}, Polars, R's arrow), once its Parquet files are written: their rows are streamed, in
 * file-name order (which is row order), into record batches, so a table of any size takes the memory of one batch.
 * On a re-run the batches of a Parquet file reused from the previous version are copied from the previous Arrow
 * file instead ({@link ReusableArrowBatches}). Counts every table's rows ({@code rows_<table>}), since this is where
 * all of them pass. Outputs the files.
 */
public final class WriteArrow extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {
  public static final String FOLDER = "arrow";
  private final String outputDir;
  private final String previousVersion;

  /** @param previousVersion the version whose reused Parquet files' batches can be copied; null when none */
  public WriteArrow(String outputDir, String previousVersion) {
    this.outputDir = outputDir;
    this.previousVersion = previousVersion;
  }

  /** @param parquetFiles table name → one of its Parquet files, for every file of every table */
  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> parquetFiles) {
    return parquetFiles
        .apply("GroupByTable", GroupByKey.create())
        .apply("StreamToArrow", ParDo.of(new WriteFileFn(outputDir, previousVersion)));
  }

  private static ResourceId arrowFile(String version, Table table) {
    return FileSystems.matchNewResource(version, true)
        .resolve(FOLDER, StandardResolveOptions.RESOLVE_DIRECTORY)
        .resolve(table.tableName() + ".arrow", StandardResolveOptions.RESOLVE_FILE);
  }

  private static final class WriteFileFn extends DoFn<KV<String, Iterable<String>>, String> {
    private final Counter batchesCopied = Metrics.counter("newsfigures", "arrow_batches_copied");
    private final String outputDir;
    private final String previousVersion;

    WriteFileFn(String outputDir, String previousVersion) {
      this.outputDir = outputDir;
      this.previousVersion = previousVersion;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<String>> files, OutputReceiver<String> out) throws IOException {
      Table table = Table.valueOf(files.getKey().toUpperCase(Locale.ROOT));
      List<String> names = new ArrayList<>();
      files.getValue().forEach(names::add);
      names.sort(null);
      ResourceId target = arrowFile(outputDir, table);
      ReusableArrowBatches previous = previousVersion == null ? ReusableArrowBatches.NONE
          : ReusableArrowBatches.of(previousVersion, table, arrowFile(previousVersion, table));
      Counter rows = Metrics.counter("newsfigures", "rows_" + table.tableName());
      try (WritableByteChannel channel = FileSystems.create(target, "application/vnd.apache.arrow.file");
          ArrowTableWriter writer = ArrowTableWriter.open(table.schema(), channel)) {
        for (String name : names) {
          ResourceId file = FileSystems.matchNewResource(name, false);
          Optional<ReusableArrowBatches.Batches> reused = previous.of(file);
          if (reused.isPresent()) {
            ReusableArrowBatches.Batches batches = reused.get();
            try (SeekableByteChannel from = (SeekableByteChannel) FileSystems.open(previous.arrowFile())) {
              writer.copyBatches(from, batches.from(), batches.to());
            }
            batchesCopied.inc(batches.to() - batches.from());
            rows.inc(batches.rows());
            continue;
          }
          ParquetFiles.forEachRow(file, null, row -> {
            try {
              writer.write(row);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
            rows.inc();
          });
          writer.endSource();
        }
      }
      out.output(target.toString());
    }
  }
}
