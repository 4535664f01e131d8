package org.newsfigures.core.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a run's articles split into shards, and which shards a re-run may reuse. */
class ShardWorkTest {
  // Content hashes whose first 8 hex digits fall in shards 0, 1, 2 and 3 of 4.
  private static final String IN_0 = "10000000" + "0".repeat(56);
  private static final String IN_1 = "50000000" + "0".repeat(56);
  private static final String IN_2 = "90000000" + "0".repeat(56);
  private static final String IN_3 = "f0000000" + "0".repeat(56);

  @Test
  void shardsAreRangesOfTheId() {
    assertEquals(List.of(0, 1, 2, 3), List.of(Shards.of(IN_0, 4), Shards.of(IN_1, 4), Shards.of(IN_2, 4),
        Shards.of(IN_3, 4)));
    assertEquals(0, Shards.of("00000000", 4));
    assertEquals(3, Shards.of("ffffffff", 4));
    assertEquals(63, Shards.of("ffffffff", 64));
  }

  @Test
  void theShardCountDoublesPast4096ArticlesAShard() {
    assertEquals(List.of(4, 4, 4, 8, 32, 256), List.of(Shards.forArticles(0), Shards.forArticles(5),
        Shards.forArticles(16_384), Shards.forArticles(16_385), Shards.forArticles(100_000),
        Shards.forArticles(1_000_000)));
  }

  @Test
  void aFullRunBuildsEveryShardFromItsArticles() {
    List<ShardWork> work = ShardWork.plan(List.of(new InputFile("z.txt", IN_2), new InputFile("a.txt", IN_2.replace(
        "90000000", "90000001")), new InputFile("m.txt", IN_0)), Set.of(), 4, false);

    assertEquals(4, work.size());
    assertEquals(List.of("m.txt"), work.get(0).articles().stream().map(ShardWork.ArticleFile::sourceFile).toList());
    assertEquals(List.of(), work.get(1).articles());
    assertEquals(List.of("a.txt", "z.txt"),
        work.get(2).articles().stream().map(ShardWork.ArticleFile::sourceFile).toList());
    assertEquals("9000000000000000", work.get(2).articles().get(1).articleId());
    assertEquals(List.of(false, false, false, false), work.stream().map(ShardWork::reuse).toList());
  }

  @Test
  void aReRunReusesEveryShardNoContentOfWhichWasTouched() {
    // New IN_1; IN_3 removed (its old content is touched though no file of it is processed).
    List<ShardWork> work = ShardWork.plan(List.of(new InputFile("new.txt", IN_1)), Set.of(IN_1, IN_3), 4, true);

    assertEquals(List.of(true, false, true, false), work.stream().map(ShardWork::reuse).toList());
    assertEquals(List.of(), work.get(3).articles(), "shard 3 is rebuilt without the removed article's rows");
  }

  @Test
  void aFullRunReadsKeptArticlesFromWhereverThePreviousShardCountPutThem() {
    String id0 = IN_0.substring(0, 16);
    String id3 = IN_3.substring(0, 16);
    CarriedRows kept = CarriedRows.only(Set.of(id0, id3), 4);
    assertEquals(Set.of(0), kept.sourceShards(0, 8), "shard 0 of 8 holds id0, which was in shard 0 of 4");
    assertEquals(Set.of(3), kept.sourceShards(7, 8));
    assertEquals(Set.of(), kept.sourceShards(1, 8));
    assertEquals(List.of(true, false), List.of(kept.carries(id0), kept.carries("0".repeat(16))));

    CarriedRows reRun = CarriedRows.allBut(Set.of(id0), 4);
    assertEquals(Set.of(2), reRun.sourceShards(2, 4));
    assertEquals(List.of(false, true), List.of(reRun.carries(id0), reRun.carries(id3)));
    assertEquals(Set.of(), CarriedRows.none().sourceShards(0, 4));
  }
}
