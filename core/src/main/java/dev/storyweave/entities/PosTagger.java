package dev.storyweave.entities;

import dev.storyweave.model.Sentence;
import java.util.LinkedHashMap;
import java.util.Map;

/*
 * The text stage's shared UD tagger with a per-thread cache of recent sentences: detection and
 * reference linking tag the same sentences one after the other, and tagging is the expensive step.
 */
final class PosTagger {

  private static final PosTagger SHARED = new PosTagger(dev.storyweave.text.PosTagger.english());
  private static final int CACHE_SIZE = 4096;

  private final dev.storyweave.text.PosTagger tagger;

  private final ThreadLocal<Map<Sentence, String[]>> recent =
      ThreadLocal.withInitial(
          () ->
              new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Sentence, String[]> eldest) {
                  return size() > CACHE_SIZE;
                }
              });

  private PosTagger(dev.storyweave.text.PosTagger tagger) {
    this.tagger = tagger;
  }

  static PosTagger shared() {
    return SHARED;
  }

  /**
   * UD tags (PROPN, NOUN, ADJ, ...) for the sentence's tokens, one per token, joined tags cut to
   * the first.
   */
  String[] tag(Sentence sentence) {
    Map<Sentence, String[]> cache = recent.get();
    String[] cached = cache.get(sentence);
    if (cached == null) {
      cached = tagUncached(sentence);
      cache.put(sentence, cached);
    }
    return cached.clone();
  }

  private String[] tagUncached(Sentence sentence) {
    String[] tags = tagger.tag(sentence).toArray(String[]::new);
    // Contractions tokenized as one word get joined tags ("Blinken's" is PROPN+PART).
    for (int i = 0; i < tags.length; i++) {
      int plus = tags[i].indexOf('+');
      if (plus > 0) {
        tags[i] = tags[i].substring(0, plus);
      }
    }
    return tags;
  }
}
