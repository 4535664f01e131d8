package org.newsfigures.core.incremental;

/**
 * How articles split into shards: by ranges of their id, a hex content hash, so ids spread evenly, a shard's
 * articles are the same whatever else is in the corpus, and shard files read in name order are sorted by id.
 */
public final class Shards {
  /** Articles per shard the automatic count aims at: a shard's rows are sorted in one worker's memory. */
  static final int ARTICLES_PER_SHARD = 4096;
  static final int MINIMUM = 4;

  private Shards() {}

  /** The shard of an article id (or any hex hash) among {@code shards}. */
  public static int of(String hexId, int shards) {
    long prefix = Long.parseLong(hexId.substring(0, 8), 16); // 0 .. 2^32-1
    return (int) ((prefix * shards) >>> 32);
  }

  /**
   * The shard count for a corpus: a power of two with at most about {@value #ARTICLES_PER_SHARD} articles each,
   * and at least {@value #MINIMUM} so two cores have work to share. Powers of two change rarely as a corpus grows,
   * and every change forces a full rebuild, since shard boundaries move.
   */
  public static int forArticles(int articles) {
    int needed = (articles + ARTICLES_PER_SHARD - 1) / ARTICLES_PER_SHARD;
    int shards = MINIMUM;
    while (shards < needed) {
      shards *= 2;
    }
    return shards;
  }
}
