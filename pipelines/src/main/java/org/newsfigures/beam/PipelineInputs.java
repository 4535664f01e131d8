package org.newsfigures.beam;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.newsfigures.core.article.Reject;

/**
 * What one run reads, as the launcher planned it.
 *
 * @param root the input folder (absolute), which source_file paths are relative to
 * @param files absolute paths of the files to process
 * @param unopenable files no reader can open (link loops, dangling links), already rejected
 * @param previousVersion folder of the last published version whose rows are carried; null on a full run
 * @param carriedArticles article ids whose rows are carried from {@code previousVersion}
 * @param carriedFiles source files whose reject rows are carried from {@code previousVersion}
 */
public record PipelineInputs(
    String root,
    List<String> files,
    List<Reject> unopenable,
    String previousVersion,
    Set<String> carriedArticles,
    Set<String> carriedFiles) implements Serializable {

  public PipelineInputs {
    files = List.copyOf(files);
    unopenable = List.copyOf(unopenable);
    carriedArticles = Set.copyOf(carriedArticles);
    carriedFiles = Set.copyOf(carriedFiles);
  }
}
