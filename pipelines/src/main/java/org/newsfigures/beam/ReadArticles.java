package org.newsfigures.beam;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsfigures.core.analysis.StableId;
import org.newsfigures.core.article.ArticleDecoder;
import org.newsfigures.core.article.DecodedText;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the files the launcher listed and decodes each: text keyed by its content hash, or a reject saying why the
 * file is not an article. Files no reader can open were rejected by the launcher and join the rejects here. A bad
 * file is counted and set aside, never fatal.
 */
public final class ReadArticles extends PTransform<PBegin, PCollectionTuple> {
  public static final TupleTag<KV<String, SourceText>> TEXTS = new TupleTag<>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<>() {};

  private final PipelineInputs inputs;
  private final long maxArticleBytes;

  public ReadArticles(PipelineInputs inputs, long maxArticleBytes) {
    this.inputs = inputs;
    this.maxArticleBytes = maxArticleBytes;
  }

  @Override
  public PCollectionTuple expand(PBegin begin) {
    String root = inputs.root().endsWith("/") ? inputs.root() : inputs.root() + "/";
    PCollectionTuple decoded =
        begin
            .apply("ListedFiles", Create.of(inputs.files()).withCoder(StringUtf8Coder.of()))
            .apply("MatchFiles", FileIO.matchAll().withEmptyMatchTreatment(EmptyMatchTreatment.DISALLOW))
            .apply("OpenFiles", FileIO.readMatches().withDirectoryTreatment(FileIO.ReadMatches.DirectoryTreatment.SKIP))
            .apply("Decode", ParDo.of(new DecodeFn(root, maxArticleBytes))
                .withOutputTags(TEXTS, TupleTagList.of(REJECTS)));
    decoded.get(TEXTS).setCoder(KvCoder.of(StringUtf8Coder.of(), SerializableCoder.of(SourceText.class)));
    decoded.get(REJECTS).setCoder(SerializableCoder.of(Reject.class));
    PCollection<Reject> unopenable = begin.apply("UnopenableFiles",
        Create.of(inputs.unopenable()).withCoder(SerializableCoder.of(Reject.class)));
    PCollection<Reject> rejects = PCollectionList.of(decoded.get(REJECTS)).and(unopenable)
        .apply("AllReadRejects", Flatten.pCollections());
    return PCollectionTuple.of(TEXTS, decoded.get(TEXTS)).and(REJECTS, rejects);
  }

  static final class DecodeFn extends DoFn<FileIO.ReadableFile, KV<String, SourceText>> {
    private static final Logger LOG = LoggerFactory.getLogger(DecodeFn.class);
    private final Counter filesRead = Metrics.counter("newsfigures", "files_read");
    private final Counter filesRejected = Metrics.counter("newsfigures", "files_rejected");
    private final Counter decodeWarnings = Metrics.counter("newsfigures", "decode_warnings");
    private final String root;
    private final long maxArticleBytes;
    private transient ArticleDecoder decoder;

    DecodeFn(String root, long maxArticleBytes) {
      this.root = root;
      this.maxArticleBytes = maxArticleBytes;
    }

    @Setup
    public void setup() {
      decoder = new ArticleDecoder(maxArticleBytes);
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      filesRead.inc();
      String path = file.getMetadata().resourceId().toString();
      String relative = path.startsWith(root) ? path.substring(root.length()) : path;
      long size = file.getMetadata().sizeBytes();
      // Checked before reading, so a huge file is never loaded into memory.
      Optional<DecodedText.Rejected> tooLarge = decoder.sizeCheck(size);
      if (tooLarge.isPresent()) {
        reject(out, new Reject(relative, tooLarge.get().reason(), tooLarge.get().detail(), size));
        return;
      }
      byte[] bytes;
      try {
        bytes = file.readFullyAsBytes();
      } catch (IOException | RuntimeException e) {
        reject(out, new Reject(relative, RejectReason.UNREADABLE,
            "Could not read the file (" + e.getMessage() + "); check its permissions.", size));
        return;
      }
      DecodedText result = decoder.decode(bytes);
      if (result instanceof DecodedText.Rejected r) {
        reject(out, new Reject(relative, r.reason(), r.detail(), (long) bytes.length));
      } else if (result instanceof DecodedText.Accepted a) {
        for (String warning : a.warnings()) {
          decodeWarnings.inc();
          LOG.warn("{}: {}", relative, warning);
        }
        String sha = StableId.sha256Hex(a.text());
        out.get(TEXTS).output(KV.of(sha,
            new SourceText(relative, a.text(), a.encoding(), List.copyOf(a.warnings()), bytes.length, sha)));
      }
    }

    private void reject(MultiOutputReceiver out, Reject reject) {
      filesRejected.inc();
      LOG.warn("rejected {}: {} ({})", reject.sourceFile(), reject.reason(), reject.detail());
      out.get(REJECTS).output(reject);
    }
  }
}
