package dev.storyweave.stories;

import dev.storyweave.signals.ArticleSignals;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Online story clustering: each article is assigned when it arrives, to an existing story or a new
 * one, and never moves afterwards except by {@link #consolidate()}.
 *
 * <p>Feed articles in publication order where it is known. The same articles in the same order
 * always give the same stories (unless {@link StorySettings#backgroundMerges()} is on). Instances
 * are not meant for concurrent use: methods are synchronized, so one thread at a time assigns.
 * {@link #close()} releases the vector index.
 */
public interface StoryAssigner extends AutoCloseable {

  /**
   * Assigns {@code signals}' article to a story and stores its signals for later candidates.
   *
   * @throws IllegalArgumentException when the article id was already assigned, or the embedding has
   *     another dimension than the first one assigned
   */
  Assignment assign(ArticleSignals signals);

  /**
   * Merges stories that kept attracting the same articles since the last pass, and reports what it
   * changed (empty when nothing changed).
   */
  List<StoryChange> consolidate();

  /** Story id of every assigned article, in arrival order, after all consolidations so far. */
  Map<String, String> storyOfArticle();

  /** Number of articles assigned so far. */
  int size();

  @Override
  void close();

  /** An assigner whose vector index lives on the heap: for batches up to some ten thousands. */
  static StoryAssigner inMemory(StorySettings settings) {
    return OnlineStoryAssigner.inMemory(settings);
  }

  /**
   * An assigner whose vector index (Lucene HNSW) lives in {@code dir}, memory-mapped, so millions
   * of articles fit in little heap. An index already in {@code dir} is replaced.
   */
  static StoryAssigner onDisk(Path dir, StorySettings settings) {
    return OnlineStoryAssigner.onDisk(dir, settings);
  }
}
