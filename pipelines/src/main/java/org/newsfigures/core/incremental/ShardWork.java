package org.newsfigures.core.incremental;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What one run does to one shard of the per-article tables: analyse the listed articles (adding the rows a re-run
 * carries for the shard's other articles), or, when nothing in the shard changed, reuse its files as they are.
 *
 * @param shard the shard's number
 * @param shards how many shards there are
 * @param articles the articles to analyse, sorted by path
 * @param reuse whether the previous version's files of this shard are kept as they are
 */
public record ShardWork(int shard, int shards, List<ArticleFile> articles, boolean reuse) implements Serializable {

  /** One article to analyse: its file, relative to the input folder, and the id its content hash gives it. */
  public record ArticleFile(String sourceFile, String articleId) implements Serializable {}

  public ShardWork {
    articles = List.copyOf(articles);
  }

  /**
   * The work of every shard. On a re-run, a shard none of whose contents were touched is reused; any other is
   * rebuilt from its carried rows and its analysed articles. On a full run every shard is built from scratch.
   *
   * @param process the files to analyse, from the input's articles (not its rejects)
   * @param touchedContents contents whose rows in the previous version must not be carried (see
   *     {@link IncrementalPlan#touchedContents()})
   */
  public static List<ShardWork> plan(List<InputFile> process, Set<String> touchedContents, int shards,
      boolean incremental) {
    List<List<ArticleFile>> byShard = new ArrayList<>();
    boolean[] touched = new boolean[shards];
    for (int i = 0; i < shards; i++) {
      byShard.add(new ArrayList<>());
    }
    for (InputFile file : process) {
      String id = org.newsfigures.core.article.Article.idOf(file.contentSha256());
      int shard = Shards.of(id, shards);
      byShard.get(shard).add(new ArticleFile(file.sourceFile(), id));
      touched[shard] = true;
    }
    touchedContents.forEach(hash -> touched[Shards.of(hash, shards)] = true);
    List<ShardWork> work = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      byShard.get(i).sort((a, b) -> a.sourceFile().compareTo(b.sourceFile()));
      work.add(new ShardWork(i, shards, byShard.get(i), incremental && !touched[i]));
    }
    return work;
  }
}
