package dev.storyweave.model;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An entity of the whole store: one person, place or organisation as seen across every story
 * analysed into the store so far.
 *
 * @param id the store-wide id, stable across runs
 * @param name canonical name: the best-attested full form across the store
 * @param type the type most of its mentions were given
 * @param forms every written form to the number of distinct mentions (article and span) that use it
 * @param cooccurring ids of other store entities to the number of stories that brought new mentions
 *     of both; the context that tells two people with similar names apart
 */
public record StoreEntity(
    String id,
    String name,
    EntityType type,
    Map<String, Integer> forms,
    Map<String, Integer> cooccurring) {
  public StoreEntity {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("store entity without an id: name=" + name);
    }
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("store entity without a name: id=" + id);
    }
    if (type == null) {
      throw new IllegalArgumentException("store entity without a type: id=" + id);
    }
    for (Map.Entry<String, Integer> form : forms.entrySet()) {
      if (form.getValue() < 1) {
        throw new IllegalArgumentException(
            "form count below 1: id="
                + id
                + " form="
                + form.getKey()
                + " count="
                + form.getValue());
      }
    }
    // sorted, so iteration (and every tie-break that follows it) is the same in every run
    forms = Collections.unmodifiableMap(new TreeMap<>(forms));
    cooccurring = Collections.unmodifiableMap(new TreeMap<>(cooccurring));
  }

  /** Number of distinct mentions across the store. */
  public int mentionCount() {
    int sum = 0;
    for (int count : forms.values()) {
      sum += count;
    }
    return sum;
  }
}
