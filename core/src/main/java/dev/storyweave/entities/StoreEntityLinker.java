package dev.storyweave.entities;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityLink;
import dev.storyweave.model.StoreEntity;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Links the entities of one story, already resolved within the story by an {@link EntityResolver},
 * to the entities of a whole store, with the resolver's variant-tolerant name rules plus the
 * context a store keeps: which other entities each one occurs with, and its type.
 *
 * <p>A story entity links to a store entity on the same full name; on a spelling, transliteration
 * or garbled variant of it, or on a surname alone, only when the two share co-occurring entities;
 * never when their types, their CLDR places, their surnames or their given names disagree, so two
 * people who share a first name or look alike in spelling stay apart. Two entities of one story
 * never link to the same store entity (the story's own resolution kept them apart). The linker
 * keeps no state; it is thread-safe and never throws on odd names.
 */
public interface StoreEntityLinker {

  /**
   * One link per entity of {@code story}, in the same order.
   *
   * @param candidates the store entities that might be a given story entity, for instance those
   *     sharing a {@link #searchKeys} key with one of its forms; may return an empty list
   */
  List<EntityLink> link(List<Entity> story, Function<Entity, List<StoreEntity>> candidates);

  /**
   * Keys under which a store should index a written name form, and look it up: its folded,
   * transliterated words, their phonetic codes and CLDR place ids. Two forms that could link share
   * a key.
   */
  Set<String> searchKeys(String name);

  /**
   * The best-attested full form among written forms and their counts: a full form (two to five
   * words) first, then one whose words most other forms use, then the most frequent.
   */
  String canonicalName(Map<String, Integer> forms);

  /** The linker with the rules described above. */
  static StoreEntityLinker create() {
    return new ContextStoreEntityLinker();
  }
}
