package org.newsfigures.beam;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.SerializableCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsfigures.core.article.Reject;
import org.newsfigures.core.article.RejectReason;

/**
 * Keeps one file per distinct content (the first by path) and rejects the others as {@code duplicate_of} it, so
 * article ids, which come from the content hash, stay unique. A combiner: only one text per content travels.
 */
public final class DropDuplicates
    extends PTransform<PCollection<KV<String, SourceText>>, PCollectionTuple> {
  public static final TupleTag<SourceText> UNIQUE = new TupleTag<>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<>() {};

  @Override
  public PCollectionTuple expand(PCollection<KV<String, SourceText>> texts) {
    PCollectionTuple split =
        texts
            .apply("KeepFirstByPath", Combine.perKey(new KeepFirstFn()))
            .apply(Values.create())
            .apply("RejectTwins", ParDo.of(new SplitFn()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    split.get(UNIQUE).setCoder(SerializableCoder.of(SourceText.class));
    split.get(DUPLICATES).setCoder(SerializableCoder.of(Reject.class));
    return split;
  }

  /** The file kept for one content, and the paths of its twins. */
  record Twins(SourceText keeper, List<String> twins) implements Serializable {
    static Twins merge(Twins a, Twins b) {
      if (a.keeper() == null) {
        return b;
      }
      if (b.keeper() == null) {
        return a;
      }
      boolean aFirst = a.keeper().sourceFile().compareTo(b.keeper().sourceFile()) <= 0;
      Twins first = aFirst ? a : b;
      Twins second = aFirst ? b : a;
      List<String> twins = new ArrayList<>(first.twins());
      twins.add(second.keeper().sourceFile());
      twins.addAll(second.twins());
      return new Twins(first.keeper(), twins);
    }
  }

  static final class KeepFirstFn extends Combine.CombineFn<SourceText, Twins, Twins> {
    @Override
    public Twins createAccumulator() {
      return new Twins(null, List.of());
    }

    @Override
    public Twins addInput(Twins acc, SourceText input) {
      return Twins.merge(acc, new Twins(input, List.of()));
    }

    @Override
    public Twins mergeAccumulators(Iterable<Twins> accumulators) {
      Twins merged = createAccumulator();
      for (Twins t : accumulators) {
        merged = Twins.merge(merged, t);
      }
      return merged;
    }

    @Override
    public Twins extractOutput(Twins acc) {
      return acc;
    }
  }

  static final class SplitFn extends DoFn<Twins, SourceText> {
    private final Counter duplicates = Metrics.counter("newsfigures", "files_duplicate");

    @ProcessElement
    public void process(@Element Twins twins, MultiOutputReceiver out) {
      out.get(UNIQUE).output(twins.keeper());
      twins.twins().stream().sorted().forEach(twin -> {
        duplicates.inc();
        out.get(DUPLICATES).output(new Reject(twin, RejectReason.DUPLICATE_OF,
            "Same content as " + twins.keeper().sourceFile() + ", which is kept as the article.",
            twins.keeper().sizeBytes()));
      });
    }
  }
}
