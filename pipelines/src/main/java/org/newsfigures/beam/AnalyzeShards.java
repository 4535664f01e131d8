package org.newsfigures.beam;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.newsfigures.core.incremental.CarriedRows;
import org.newsfigures.core.incremental.Shards;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.ParquetFiles;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.SortedRows;
import org.newsfigures.io.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each shard of the per-article tables (articles, figures, entities, events, quotes): reads and analyses the
 * shard's articles, adds the rows a re-run carries for its unchanged articles, sorts and writes one file per table;
 * or, for a shard nothing touched, reuses the previous version's files. A shard is one element, so the runner's
 * per-element cost is paid per shard, not per article or row.
 *
 * <p>Outputs the files written (table name → file); a rebuilt shard's figures by claim group, for reconciliation;
 * on a re-run, the claim groups a rebuilt shard touches (those of the figures it adds or drops), since only those
 * are reconciled again; the tariffs its new articles state without a rate; and a reject for each article that
 * could not be analysed. A reused shard touches no group.
 */
public final class AnalyzeShards extends PTransform<PCollection<ShardWork>, PCollectionTuple> {
  public static final TupleTag<KV<String, String>> WRITTEN = new TupleTag<>() {};
  public static final TupleTag<KV<String, RowBlock>> CLAIM_FIGURES = new TupleTag<>() {};
  public static final TupleTag<String> TOUCHED_GROUPS = new TupleTag<>() {};
  public static final TupleTag<KV<String, RowBlock>> STATED_TARIFFS = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};

  private final PipelineInputs inputs;
  private final String outputDir;
  private final long maxArticleBytes;

  public AnalyzeShards(PipelineInputs inputs, String outputDir, long maxArticleBytes) {
    this.inputs = inputs;
    this.outputDir = outputDir;
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public PCollectionTuple expand(PCollection<ShardWork> work) {
    PCollectionTuple out = work.apply("AnalyzeAndWrite",
        ParDo.of(new AnalyzeShardFn(inputs, outputDir, maxArticleBytes))
            .withOutputTags(WRITTEN,
                TupleTagList.of(CLAIM_FIGURES).and(TOUCHED_GROUPS).and(STATED_TARIFFS).and(FAILURES)));
    out.get(WRITTEN).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    out.get(CLAIM_FIGURES).setCoder(RowBlock.keyedCoder());
    out.get(TOUCHED_GROUPS).setCoder(StringUtf8Coder.of());
    out.get(STATED_TARIFFS).setCoder(RowBlock.keyedCoder());
    out.get(FAILURES).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static final class AnalyzeShardFn extends DoFn<ShardWork, KV<String, String>> {
    private static final Logger LOG = LoggerFactory.getLogger(AnalyzeShardFn.class);
    private final Counter filesRead = Metrics.counter("newsfigures", "files_read");
    private final Counter articles = Metrics.counter("newsfigures", "articles");
    private final Counter figures = Metrics.counter("newsfigures", "figures");
    private final Counter failures = Metrics.counter("newsfigures", "files_rejected");
    private final Counter decodeWarnings = Metrics.counter("newsfigures", "decode_warnings");
    private final Counter shardsReused = Metrics.counter("newsfigures", "shards_reused");
    private final Counter rowsCarried = Metrics.counter("newsfigures", "rows_carried");
    private final String root;
    private final String outputDir;
    private final String previousVersion;
    private final CarriedRows carried;
    private final Map<String, Long> removedAt;
    private final long maxArticleBytes;
    private transient ArticleDecoder decoder;
    private transient ArticleTables articleTables;

    AnalyzeShardFn(PipelineInputs inputs, String outputDir, long maxArticleBytes) {
      this.root = inputs.root();
      this.outputDir = outputDir;
      this.previousVersion = inputs.previousVersion();
      this.carried = inputs.carried();
      this.removedAt = inputs.removedAt();
      this.maxArticleBytes = maxArticleBytes;
    }

    @Setup
    public void setup() {
      decoder = new ArticleDecoder(maxArticleBytes);
      articleTables = new ArticleTables();
    }

    @ProcessElement
    public void process(@Element ShardWork work, MultiOutputReceiver out) throws IOException {
      if (work.reuse()) {
        // Its figures change no claim: they are read again only for the groups other shards touch.
        for (Table table : ArticleTables.PER_ARTICLE) {
          ResourceId file = ParquetFiles.shardFile(outputDir, table, work.shard());
          ParquetFiles.reuse(ParquetFiles.shardFile(previousVersion, table, work.shard()), file);
          out.get(WRITTEN).output(KV.of(table.tableName(), file.toString()));
        }
        shardsReused.inc();
        return;
      }
      Set<String> touchedGroups = new TreeSet<>();
      Map<Table, List<GenericRecord>> rows = carriedRows(work.shard(), work.shards(), touchedGroups);
      List<GenericRecord> figureRows = rows.get(Table.FIGURES);
      int carriedFigures = figureRows.size();
      for (ShardWork.ArticleFile article : work.articles()) {
        analyze(article, rows, out);
      }
      for (Table table : ArticleTables.PER_ARTICLE) {
        ResourceId file = ParquetFiles.shardFile(outputDir, table, work.shard());
        ParquetFiles.write(table, file, new SortedRows(table).sorted(rows.get(table)));
        out.get(WRITTEN).output(KV.of(table.tableName(), file.toString()));
      }
      List<GenericRecord> stated = rows.get(Table.TARIFFS);
      if (!stated.isEmpty()) {
        out.get(STATED_TARIFFS).output(KV.of(Table.TARIFFS.tableName(), RowBlock.of(Table.TARIFFS, stated)));
      }
      ClaimGroups.of(figureRows).forEach((group, groupRows) ->
          out.get(CLAIM_FIGURES).output(KV.of(group, RowBlock.of(Table.FIGURES, groupRows))));
      if (carried.allBut()) {
        figureRows.subList(carriedFigures, figureRows.size()).forEach(row -> addGroup(touchedGroups, row));
        touchedGroups.forEach(out.get(TOUCHED_GROUPS)::output);
      }
    }

    /**
     * The previous version's rows this run carries into the shard: on a re-run all but those of articles it
     * replaces or drops; on a full run only those of articles kept after their files were removed. The articles
     * rows of articles found removed this run get their {@code removed_at}. Adds the claim groups of the figures
     * not carried to {@code droppedGroups}.
     */
    private Map<Table, List<GenericRecord>> carriedRows(int shard, int shards, Set<String> droppedGroups)
        throws IOException {
      Map<Table, List<GenericRecord>> rows = new EnumMap<>(Table.class);
      rows.put(Table.TARIFFS, new ArrayList<>()); // only this run's: carried ones come from the tariffs table
      Set<Integer> sources = previousVersion == null ? Set.of() : carried.sourceShards(shard, shards);
      for (Table table : ArticleTables.PER_ARTICLE) {
        List<GenericRecord> kept = new ArrayList<>();
        rows.put(table, kept);
        for (int source : sources) {
          ParquetFiles.forEachRow(ParquetFiles.shardFile(previousVersion, table, source), row -> {
            String articleId = row.get("article_id").toString();
            if (Shards.of(articleId, shards) != shard) {
              return;
            }
            if (carried.carries(articleId)) {
              kept.add(row);
            } else if (table == Table.FIGURES && carried.allBut()) { // a full run reconciles every group anyway
              addGroup(droppedGroups, row);
            }
          });
        }
        rowsCarried.inc(kept.size());
      }
      for (GenericRecord article : rows.get(Table.ARTICLES)) {
        Long removed = removedAt.get(article.get("article_id").toString());
        if (removed != null) {
          article.put("removed_at", removed);
        }
      }
      return rows;
    }

    /** Adds a figure's claim group, if it states a claim (has a metric). */
    private static void addGroup(Set<String> groups, GenericRecord figureRow) {
      String group = ClaimGroups.groupOf(figureRow);
      if (group != null) {
        groups.add(group);
      }
    }

    private void analyze(ShardWork.ArticleFile article, Map<Table, List<GenericRecord>> rows,
        MultiOutputReceiver out) {
      filesRead.inc();
      byte[] bytes;
      try {
        bytes = read(article.sourceFile());
      } catch (IOException e) {
        reject(out, article, RejectReason.CHANGED_DURING_RUN, "The file could not be read any more (" + e.getMessage()
            + "); it was removed or its permissions changed while this run was reading the input.", null);
        return;
      }
      DecodedText decoded = bytes.length > maxArticleBytes ? null : decoder.decode(bytes, article.sourceFile());
      if (!(decoded instanceof DecodedText.Accepted text)) {
        reject(out, article, RejectReason.CHANGED_DURING_RUN, "The file changed while this run was reading it"
            + " and is no longer a readable article; the next run reads it again.", (long) bytes.length);
        return;
      }
      Map<Table, List<GenericRecord>> found;
      try {
        found = articleTables.rows(article.sourceFile(), text);
      } catch (RuntimeException e) {
        // A defect in the core must not stop the run: the file is reported, with the cause, in rejects.
        LOG.error("cannot analyse {}", article.sourceFile(), e);
        reject(out, article, RejectReason.ANALYSIS_FAILED,
            "The article could not be analysed (" + e + "); please report it with the file.", (long) bytes.length);
        return;
      }
      if (!found.get(Table.ARTICLES).get(0).get("article_id").toString().equals(article.articleId())) {
        // Its rows would land in another shard's key range; the next run sees the new content as a change.
        reject(out, article, RejectReason.CHANGED_DURING_RUN,
            "The file changed while this run was reading it; the next run processes its new content.", (long) bytes.length);
        return;
      }
      for (String warning : text.warnings()) {
        decodeWarnings.inc();
        LOG.warn("{}: {}", article.sourceFile(), warning);
      }
      articles.inc();
      List<GenericRecord> figureRows = found.get(Table.FIGURES);
      figures.inc(figureRows.size());
      figureRows.forEach(f -> Metrics.counter("newsfigures", "figures_" + f.get("kind")).inc());
      found.forEach((table, tableRows) -> rows.get(table).addAll(tableRows));
    }

    /** The file's bytes, at most one more than the size limit (the launcher checked its size; it may have grown). */
    private byte[] read(String sourceFile) throws IOException {
      ResourceId file = FileSystems.matchNewResource(root, true)
          .resolve(sourceFile, StandardResolveOptions.RESOLVE_FILE);
      try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxArticleBytes + 1));
      }
    }

    private void reject(MultiOutputReceiver out, ShardWork.ArticleFile article, RejectReason reason, String detail,
        Long size) {
      failures.inc();
      LOG.warn("rejected {}: {} ({})", article.sourceFile(), reason.label(), detail);
      out.get(FAILURES).output(new Reject(article.sourceFile(), reason, detail, size));
    }
  }
}
