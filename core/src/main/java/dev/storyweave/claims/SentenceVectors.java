package dev.storyweave.claims;

import java.util.LinkedHashMap;
import java.util.Map;

/*
 * A cache in front of the shared dev.storyweave.signals.SentenceEmbedder (BGE-small, quantized
 * ONNX, in-process; unit-length vectors, so a dot product is the cosine).
 */
/** Sentence embeddings for claim similarity; vectors are unit length. Thread-safe. */
final class SentenceVectors {

  // Stages and tests embed the same sentences repeatedly (a story is re-analysed as articles
  // arrive); a bounded LRU keeps the last few thousand vectors (1.5 KB each).
  private static final int CACHE_SIZE = 8192;
  private static final Map<String, float[]> CACHE =
      new LinkedHashMap<>(CACHE_SIZE * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  private SentenceVectors() {}

  /** The unit-length embedding of {@code text}; callers must not modify the array. */
  static float[] embed(String text) {
    synchronized (CACHE) {
      float[] cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
    }
    float[] v = dev.storyweave.signals.SentenceEmbedder.shared().embed(text);
    synchronized (CACHE) {
      CACHE.put(text, v);
    }
    return v;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
