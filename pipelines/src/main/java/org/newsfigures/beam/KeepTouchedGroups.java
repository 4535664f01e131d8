package org.newsfigures.beam;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsfigures.io.RowBlock;

/**
 * On a re-run, only the claim groups some new, changed or removed article touches: every other group has the same
 * figures as in the previous version, so its claims, conflicts and rated tariffs are carried from there ({@link
 * ReadPreviousVersion}). A full run keeps every group.
 */
public final class KeepTouchedGroups
    extends PTransform<PCollection<KV<String, RowBlock>>, PCollection<KV<String, RowBlock>>> {
  private final PCollectionView<List<String>> touchedGroups;
  private final boolean incremental;

  public KeepTouchedGroups(PCollectionView<List<String>> touchedGroups, boolean incremental) {
    this.touchedGroups = touchedGroups;
    this.incremental = incremental;
  }

  @Override
  public PCollection<KV<String, RowBlock>> expand(PCollection<KV<String, RowBlock>> figuresByGroup) {
    if (!incremental) {
      return figuresByGroup;
    }
    return figuresByGroup
        .apply("TouchedOnly", ParDo.of(new TouchedOnlyFn(touchedGroups)).withSideInputs(touchedGroups))
        .setCoder(figuresByGroup.getCoder());
  }

  static final class TouchedOnlyFn extends DoFn<KV<String, RowBlock>, KV<String, RowBlock>> {
    private final PCollectionView<List<String>> touchedGroups;
    private transient Set<String> touched;

    TouchedOnlyFn(PCollectionView<List<String>> touchedGroups) {
      this.touchedGroups = touchedGroups;
    }

    @StartBundle
    public void startBundle() {
      touched = null;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      if (touched == null) {
        touched = new HashSet<>(context.sideInput(touchedGroups));
      }
      if (touched.contains(context.element().getKey())) {
        context.output(context.element());
      }
    }
  }
}
