package dev.storyweave.app.store;

import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The store-wide entity registry: every person, place and organisation of every story analysed into
 * a store, under one id across runs, with its canonical name, every variant with where it occurs
 * (article id and span) and the stories it occurs in. Lives next to the {@link ArticleStore} in the
 * same store directory.
 *
 * <p>Writes become durable only at {@link #commit()}, and a commit is atomic: a process killed at
 * any point leaves the registry at its last commit. A registry cites only articles the article
 * store committed before analysis. Linking the same mentions again (the same articles analysed
 * twice, or a duplicate article that the article store mapped to the stored one) changes nothing.
 * One process writes a registry at a time (a second {@link #open} fails with a clear message);
 * {@link #openReadOnly} reads the last commit and never blocks a writer. Safe for use by several
 * threads of one process.
 */
public interface EntityRegistry extends AutoCloseable {

  /** A variant as it occurs: the mention and the key of the store story it was analysed in. */
  record Occurrence(Mention mention, String story) {}

  /**
   * A story as last analysed into the store.
   *
   * @param key the store-wide key: a hash of the story's sorted article ids
   */
  record StoredStory(String key, String headline, List<String> articles) {}

  /** Opens (creating if needed) the registry of the store in {@code storeDirectory} for writing. */
  static EntityRegistry open(Path storeDirectory) throws IOException {
    return LuceneEntityRegistry.open(storeDirectory);
  }

  /** Opens the last commit of the registry in {@code storeDirectory}; empty if there is none. */
  static EntityRegistry openReadOnly(Path storeDirectory) throws IOException {
    return LuceneEntityRegistry.openReadOnly(storeDirectory);
  }

  /**
   * Links each entity of {@code story} to a store entity (creating those new to the store) and
   * records its mentions, the story and the co-occurrences; visible to reads at once, durable at
   * the next commit. Returns the story with every entity's {@code storeEntityId} set, except an
   * entity new to the store whose every mention span another entity of the story already holds. Odd
   * names (empty, symbols, any script) never throw.
   *
   * @throws IllegalStateException if the registry was opened read-only
   */
  Story link(Story story) throws IOException;

  /** Makes every link so far durable, atomically. Returns the number of store entities. */
  long commit() throws IOException;

  /** The store entity with this id. */
  Optional<StoreEntity> get(String id) throws IOException;

  /** Store entities, most mentioned first (then by id), at most {@code limit}. */
  List<StoreEntity> entities(int limit) throws IOException;

  /**
   * Store entities one of whose forms is {@code name} (case, diacritics and transliteration
   * folded), or, failing that, contains all of its words; an id finds its entity.
   */
  List<StoreEntity> find(String name) throws IOException;

  /** Every variant of the entity with where it occurs, by article and offset. */
  List<Occurrence> occurrences(String id) throws IOException;

  /** The stories the entity occurs in. */
  List<StoredStory> stories(String id) throws IOException;

  /** Number of store entities. */
  long size() throws IOException;

  /** Closes without committing: uncommitted links are dropped, as after a crash. */
  @Override
  void close() throws IOException;
}
