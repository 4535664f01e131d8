package org.newsfigures.beam;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
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
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.incremental.ShardWork;
import org.newsfigures.io.RowBlock;
import org.newsfigures.io.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds each shard of the per-article tables (articles, figures, entities, events, quotes), in four steps run in
 * sequence on the shard's worker:
 *
 * <ol>
 *   <li>carry over: the previous version's rows the run keeps in the shard ({@link CarriedShardRows});
 *   <li>read and decode each article file ({@link ShardArticleReader});
 *   <li>analyse each article into its rows ({@link ShardArticleAnalyzer});
 *   <li>sort and write one Parquet file per table ({@link ShardTableWriter}); a shard nothing touched reuses the
 *       previous version's files instead.
 * </ol>
 *
 * A file or article set aside in step 2 or 3 is counted ({@code files_rejected}) and output as a reject. The steps
 * are one DoFn, not four transforms: a shard is one element, so the runner's per-element cost is paid per shard, and
 * a shard's texts and rows never cross a transform boundary, where a runner may encode or copy them (Flink copies
 * elements between chained operators).
 *
 * <p>Outputs the files written (table name → file); a rebuilt shard's figures by claim group, for reconciliation;
 * on a re-run, the claim groups a rebuilt shard touches (those of the figures it adds or drops), since only those
 * are reconciled again; the tariffs its new articles state without a rate; and the rejects.
 */
public final class BuildShardTables extends PTransform<PCollection<ShardWork>, PCollectionTuple> {
  public static final TupleTag<KV<String, String>> WRITTEN = new TupleTag<>() {};
  public static final TupleTag<KV<String, RowBlock>> CLAIM_FIGURES = new TupleTag<>() {};
  public static final TupleTag<String> TOUCHED_GROUPS = new TupleTag<>() {};
  public static final TupleTag<KV<String, RowBlock>> STATED_TARIFFS = new TupleTag<>() {};
  public static final TupleTag<Reject> FAILURES = new TupleTag<>() {};

  private final BuildShardFn buildShard;

  public BuildShardTables(PipelineInputs inputs, String outputDir, long maxArticleBytes) {
    this.buildShard = new BuildShardFn(inputs, outputDir, maxArticleBytes);
  }

  @Override
  public PCollectionTuple expand(PCollection<ShardWork> work) {
    PCollectionTuple out = work.apply("CarryOverReadAnalyzeWrite",
        ParDo.of(buildShard)
            .withOutputTags(WRITTEN,
                TupleTagList.of(CLAIM_FIGURES).and(TOUCHED_GROUPS).and(STATED_TARIFFS).and(FAILURES)));
    out.get(WRITTEN).setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    out.get(CLAIM_FIGURES).setCoder(RowBlock.keyedCoder());
    out.get(TOUCHED_GROUPS).setCoder(StringUtf8Coder.of());
    out.get(STATED_TARIFFS).setCoder(RowBlock.keyedCoder());
    out.get(FAILURES).setCoder(SerializableCoder.of(Reject.class));
    return out;
  }

  static final class BuildShardFn extends DoFn<ShardWork, KV<String, String>> {
    private static final Logger LOG = LoggerFactory.getLogger(BuildShardFn.class);
    private final Counter failures = Metrics.counter("newsfigures", "files_rejected");
    // Not the PipelineInputs: its list of every shard's files would travel with each copy of the DoFn.
    private final CarriedShardRows carryOver;
    private final ShardTableWriter writer;
    private final String root;
    private final long maxArticleBytes;
    private transient ShardArticleReader reader;
    private transient ShardArticleAnalyzer analyzer;

    BuildShardFn(PipelineInputs inputs, String outputDir, long maxArticleBytes) {
      carryOver = new CarriedShardRows(inputs.previousVersion(), inputs.carried(), inputs.removedAt());
      writer = new ShardTableWriter(outputDir, inputs.previousVersion());
      root = inputs.root();
      this.maxArticleBytes = maxArticleBytes;
    }

    /** The reader's decoder and the analyzer's reference data load once per worker. */
    @Setup
    public void setup() {
      reader = new ShardArticleReader(root, new ArticleDecoder(maxArticleBytes), maxArticleBytes);
      analyzer = new ShardArticleAnalyzer();
    }

    @ProcessElement
    public void process(@Element ShardWork work, MultiOutputReceiver out) throws IOException {
      if (work.reuse()) {
        // Its figures change no claim: they are read again only for the groups other shards touch.
        writer.reuse(work.shard(), (table, file) -> out.get(WRITTEN).output(KV.of(table, file)));
        return;
      }
      Set<String> touchedGroups = new TreeSet<>();
      Map<Table, List<GenericRecord>> rows = carryOver.of(work.shard(), work.shards(), touchedGroups);
      List<GenericRecord> figureRows = rows.get(Table.FIGURES);
      int carriedFigures = figureRows.size();
      for (ShardWork.ArticleFile article : work.articles()) {
        reader.read(article, reject -> setAside(reject, out))
            .flatMap(read -> analyzer.analyze(read, reject -> setAside(reject, out)))
            .ifPresent(found -> found.forEach((table, tableRows) -> rows.get(table).addAll(tableRows)));
      }
      writer.write(work.shard(), rows, (table, file) -> out.get(WRITTEN).output(KV.of(table, file)));

      List<GenericRecord> stated = rows.get(Table.TARIFFS);
      if (!stated.isEmpty()) {
        out.get(STATED_TARIFFS).output(KV.of(Table.TARIFFS.tableName(), RowBlock.of(Table.TARIFFS, stated)));
      }
      ClaimGroups.of(figureRows).forEach((group, groupRows) ->
          out.get(CLAIM_FIGURES).output(KV.of(group, RowBlock.of(Table.FIGURES, groupRows))));
      if (carryOver.carried().allBut()) {
        figureRows.subList(carriedFigures, figureRows.size()).forEach(row -> ClaimGroups.addGroup(touchedGroups, row));
        touchedGroups.forEach(out.get(TOUCHED_GROUPS)::output);
      }
    }

    /** A file or article that is no article of this run: counted, logged and output as a reject. */
    private void setAside(Reject reject, MultiOutputReceiver out) {
      failures.inc();
      LOG.warn("rejected {}: {} ({})", reject.sourceFile(), reject.reason(), reject.detail());
      out.get(FAILURES).output(reject);
    }
  }
}
