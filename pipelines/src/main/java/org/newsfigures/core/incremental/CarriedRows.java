package org.newsfigures.core.incremental;

import java.io.Serializable;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which per-article rows of the previous version a run keeps. An incremental run keeps every article's but those it
 * replaces or drops; a full run keeps only the articles {@code --keep-removed} holds on to after their files are
 * gone (nothing else, since it analyses every article again).
 *
 * @param allBut whether {@code articleIds} are the articles not kept (incremental) or the only ones kept (full)
 * @param articleIds article ids, as {@code allBut} says
 * @param previousShards the previous version's shard count (an incremental run always has the same)
 */
public record CarriedRows(boolean allBut, Set<String> articleIds, int previousShards) implements Serializable {

  public CarriedRows {
    articleIds = Set.copyOf(articleIds);
  }

  public static CarriedRows none() {
    return new CarriedRows(false, Set.of(), 0);
  }

  public static CarriedRows allBut(Set<String> droppedArticleIds, int shards) {
    return new CarriedRows(true, droppedArticleIds, shards);
  }

  public static CarriedRows only(Set<String> keptArticleIds, int previousShards) {
    return new CarriedRows(false, keptArticleIds, previousShards);
  }

  public boolean carriesNothing() {
    return !allBut && articleIds.isEmpty();
  }

  public boolean carries(String articleId) {
    return allBut != articleIds.contains(articleId);
  }

  /**
   * The previous version's shards holding rows that this run carries into shard {@code shard} of {@code shards}:
   * the same shard on an incremental run; on a full run, wherever the kept articles were (the count may differ).
   */
  public SortedSet<Integer> sourceShards(int shard, int shards) {
    if (allBut) {
      return new TreeSet<>(Set.of(shard));
    }
    return articleIds.stream()
        .filter(id -> Shards.of(id, shards) == shard)
        .map(id -> Shards.of(id, previousShards))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
