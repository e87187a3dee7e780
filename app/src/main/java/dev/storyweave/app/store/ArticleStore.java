package dev.storyweave.app.store;

import dev.storyweave.model.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A persistent store of articles in one directory.
 *
 * <p>Writes become durable only at {@link #commit()}, and a commit is atomic: a process killed at
 * any point leaves the store at its last commit, and the next {@link #open} continues from there.
 * Articles are de-duplicated by content hash: putting the same content twice keeps the first
 * article. Not safe for use by two processes at once (the second {@code open} fails with a clear
 * message); safe for use by several threads of one process.
 */
public interface ArticleStore extends AutoCloseable {

  /** What {@link #put} did. */
  enum Outcome {
    ADDED,
    /** An article with this id existed with other content; it was replaced. */
    REPLACED,
    /** The same content is already stored (see {@link PutResult#existingId()}); nothing added. */
    DUPLICATE
  }

  /** The result of {@link #put}: the outcome and, for duplicates, the id already stored. */
  record PutResult(Outcome outcome, String existingId) {}

  /** Opens (creating if needed) the store in {@code directory}. */
  static ArticleStore open(Path directory) throws IOException {
    return LuceneArticleStore.open(directory);
  }

  /** The default store directory: {@code $STORYWEAVE_HOME} or {@code ~/.storyweave/store}. */
  static Path defaultDirectory() {
    String home = System.getenv("STORYWEAVE_HOME");
    if (home != null && !home.isBlank()) {
      return Path.of(home, "store");
    }
    return Path.of(System.getProperty("user.home"), ".storyweave", "store");
  }

  /** Adds {@code article} unless its content is already stored; visible to reads at once. */
  PutResult put(Article article) throws IOException;

  /** Makes every put so far durable, atomically. Returns the number of committed articles. */
  long commit() throws IOException;

  /** The article with this id, committed or not. */
  Optional<Article> get(String id) throws IOException;

  /** Every article, committed or not, in id order. */
  List<Article> all() throws IOException;

  /** Ids of articles whose title or text match a Lucene query string, best first. */
  List<String> search(String query, int limit) throws IOException;

  /** Number of articles, committed or not. */
  long size() throws IOException;

  /** Where the store lives. */
  Path directory();

  /** Closes without committing: uncommitted puts are dropped, as after a crash. */
  @Override
  void close() throws IOException;
}
