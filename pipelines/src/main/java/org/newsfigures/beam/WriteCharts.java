package org.newsfigures.beam;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsfigures.core.charts.Dashboard;
import org.newsfigures.core.charts.RunTables;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;
import org.newsfigures.io.TablesawTables;

/**
 * Writes {@code <output>/charts/}: the dashboard, one page per chart and plotly.js. The small tables the charts
 * read (articles, figures, claims, conflicts, tariffs, events) reach one worker as side inputs, sorted there so
 * the pages are the same for the same rows. Outputs the names of the files written.
 */
public final class WriteCharts extends PTransform<PBegin, PCollection<String>> {
  public static final String FOLDER = "charts";
  static final List<Table> INPUTS =
      List.of(Table.ARTICLES, Table.FIGURES, Table.CLAIMS, Table.CONFLICTS, Table.TARIFFS, Table.EVENTS);
  private final Map<Table, PCollection<GenericRecord>> tables;
  private final String outputDir;

  private WriteCharts(Map<Table, PCollection<GenericRecord>> tables, String outputDir) {
    this.tables = tables;
    this.outputDir = outputDir;
  }

  /** @param tables the run's tables; those in {@link #INPUTS} are read */
  public static WriteCharts of(Map<Table, PCollection<GenericRecord>> tables, String outputDir) {
    return new WriteCharts(tables, outputDir);
  }

  @Override
  public PCollection<String> expand(PBegin begin) {
    Map<Table, PCollectionView<List<GenericRecord>>> views = new EnumMap<>(Table.class);
    for (Table table : INPUTS) {
      views.put(table, tables.get(table).apply("All" + table.tableName(), View.asList()));
    }
    return begin.apply("OneDashboard", Create.of(FOLDER))
        .apply("DrawCharts", ParDo.of(new DrawChartsFn(views, outputDir)).withSideInputs(views.values()));
  }

  private static final class DrawChartsFn extends DoFn<String, String> {
    private final Map<Table, PCollectionView<List<GenericRecord>>> views;
    private final String outputDir;

    DrawChartsFn(Map<Table, PCollectionView<List<GenericRecord>>> views, String outputDir) {
      this.views = views;
      this.outputDir = outputDir;
    }

    @ProcessElement
    public void process(@Element String folder, ProcessContext context, OutputReceiver<String> out)
        throws IOException {
      Map<Table, tech.tablesaw.api.Table> read = new EnumMap<>(Table.class);
      views.forEach((table, view) -> {
        List<GenericRecord> rows = new ArrayList<>(context.sideInput(view));
        SortedRows order = new SortedRows(table, 1);
        rows.sort(Comparator.comparing(order::sortKey));
        read.put(table, TablesawTables.of(table, rows));
      });
      RunTables run = new RunTables(read.get(Table.ARTICLES), read.get(Table.FIGURES), read.get(Table.CLAIMS),
          read.get(Table.CONFLICTS), read.get(Table.TARIFFS), read.get(Table.EVENTS));
      for (Map.Entry<String, byte[]> file : Dashboard.files(run).entrySet()) {
        ResourceId target = FileSystems.matchNewResource(outputDir, true)
            .resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY)
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
  }
}
