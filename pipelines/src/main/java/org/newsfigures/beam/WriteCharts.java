package org.newsfigures.beam;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsfigures.core.charts.ChartRows;
import org.newsfigures.core.charts.Dashboard;
import org.newsfigures.core.charts.RunTables;
import org.newsfigures.core.charts.SummaryCharts;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.Table;
import org.newsfigures.io.TablesawTables;

/**
 * Writes {@code <output>/charts/}: the dashboard, one page per chart and plotly.js, once the tables the charts read
 * (articles, figures, claims, conflicts, tariffs, events) are written. Those tables are read back on one worker,
 * in row order (so the pages are the same for the same rows), with only the columns the charts read, keeping only
 * the figures and events rows they show ({@link ChartRows}), so a corpus of any size is charted in bounded memory.
 * Outputs the names of the files written.
 */
public final class WriteCharts extends PTransform<PCollection<KV<String, String>>, PCollection<String>> {
  public static final String FOLDER = "charts";
  static final List<Table> INPUTS =
      List.of(Table.ARTICLES, Table.FIGURES, Table.CLAIMS, Table.CONFLICTS, Table.TARIFFS, Table.EVENTS);
  private final String outputDir;

  public WriteCharts(String outputDir) {
    this.outputDir = outputDir;
  }

  /**
   * Starts loading Tablesaw in the background: its Table class scans the class path when first loaded (0.35 s in
   * the shaded jar), and in a run on this JVM the charts, which need it, come last. Call before running the pipeline.
   */
  public static void loadChartLibrary() {
    Thread loading = new Thread(() -> tech.tablesaw.api.Table.create(), "load-tablesaw");
    loading.setDaemon(true);
    loading.start();
  }

  /** @param parquetFiles table name → one of its Parquet files, for every file of every table */
  @Override
  public PCollection<String> expand(PCollection<KV<String, String>> parquetFiles) {
    List<String> inputs = INPUTS.stream().map(Table::tableName).toList();
    return parquetFiles
        .apply("ChartInputs", Filter.by(file -> inputs.contains(file.getKey())))
        .apply("OneDashboard", WithKeys.<String, KV<String, String>>of(FOLDER).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of())))
        .apply("AllInputs", GroupByKey.create())
        .apply("DrawCharts", ParDo.of(new DrawChartsFn(outputDir)));
  }

  private static final class DrawChartsFn extends DoFn<KV<String, Iterable<KV<String, String>>>, String> {
    private final String outputDir;

    DrawChartsFn(String outputDir) {
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element KV<String, Iterable<KV<String, String>>> files, OutputReceiver<String> out)
        throws IOException {
      Map<Table, List<String>> names = new EnumMap<>(Table.class);
      for (KV<String, String> file : files.getValue()) {
        names.computeIfAbsent(Table.valueOf(file.getKey().toUpperCase(Locale.ROOT)), t -> new ArrayList<>())
            .add(file.getValue());
      }
      Read articles = read(Table.ARTICLES, names, Selection.every());
      Predicate<ChartRows.Values> charted = ChartRows.figures(articles.rows());
      Read figures = read(Table.FIGURES, names, Selection.where(row -> charted.test(row::get)));
      Read events = read(Table.EVENTS, names, Selection.latestEvents());
      RunTables run = new RunTables(articles.rows(), figures.rows(), figures.count(),
          read(Table.CLAIMS, names, Selection.every()).rows(), read(Table.CONFLICTS, names, Selection.every()).rows(),
          read(Table.TARIFFS, names, Selection.every()).rows(), events.rows(), events.count());
      for (Map.Entry<String, byte[]> file : Dashboard.files(run).entrySet()) {
        ResourceId target = FileSystems.matchNewResource(outputDir, true)
            .resolve(files.getKey(), StandardResolveOptions.RESOLVE_DIRECTORY)
            .resolve(file.getKey(), StandardResolveOptions.RESOLVE_FILE);
        try (WritableByteChannel channel = FileSystems.create(target, "text/html")) {
          ByteBuffer bytes = ByteBuffer.wrap(file.getValue());
          while (bytes.hasRemaining()) {
            channel.write(bytes);
          }
        }
        out.output(target.toString());
      }
    }

    /** A table's chart columns, of the rows {@code selection} keeps, and how many rows the table has. */
    private static Read read(Table table, Map<Table, List<String>> names, Selection selection) throws IOException {
      Schema columns = ParquetFiles.projection(table, RunTables.COLUMNS.get(table.tableName()));
      int[] count = {0};
      ParquetFiles.forEachRow(names.getOrDefault(table, List.of()), columns, row -> {
        count[0]++;
        selection.offer(row);
      });
      return new Read(TablesawTables.of(table.tableName(), columns, selection.kept()), count[0]);
    }
  }

  private record Read(tech.tablesaw.api.Table rows, int count) {}

  /** The rows of a table the charts read, chosen as the rows stream past. */
  private interface Selection {
    void offer(GenericRecord row);

    List<GenericRecord> kept();

    static Selection every() {
      return where(row -> true);
    }

    /** The rows {@code keep} takes, in table order. */
    static Selection where(Predicate<GenericRecord> keep) {
      List<GenericRecord> kept = new ArrayList<>();
      return new Selection() {
        @Override
        public void offer(GenericRecord row) {
          if (keep.test(row)) {
            kept.add(row);
          }
        }

        @Override
        public List<GenericRecord> kept() {
          return kept;
        }
      };
    }

    /** The timeline's latest events, in a queue whose head is the least recent of them. */
    static Selection latestEvents() {
      PriorityQueue<GenericRecord> latest =
          new PriorityQueue<>((a, b) -> ChartRows.LATEST_EVENTS_FIRST.compare(b::get, a::get));
      return new Selection() {
        @Override
        public void offer(GenericRecord row) {
          latest.add(row);
          if (latest.size() > SummaryCharts.MAX_EVENTS) {
            latest.poll();
          }
        }

        @Override
        public List<GenericRecord> kept() {
          return new ArrayList<>(latest);
        }
      };
    }
  }
}
