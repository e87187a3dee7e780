package dev.storyweave.claims;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.LinkedHashMap;
import java.util.Map;

/*
 * Package-private stop-gap until the shared dev.storyweave.signals.SentenceEmbedder is merged:
 * BGE-small (quantized ONNX, in-process) separates paraphrase from same-topic sentences better
 * than MiniLM on news. The model is loaded once and is thread-safe; vectors are L2-normalised so
 * that a dot product is the cosine.
 */
/** Sentence embeddings for claim similarity; vectors are unit length. Thread-safe. */
final class SentenceEmbedder {

  private static volatile BgeSmallEnV15QuantizedEmbeddingModel model;

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

  private SentenceEmbedder() {}

  private static BgeSmallEnV15QuantizedEmbeddingModel model() {
    BgeSmallEnV15QuantizedEmbeddingModel m = model;
    if (m == null) {
      synchronized (SentenceEmbedder.class) {
        m = model;
        if (m == null) {
          m = new BgeSmallEnV15QuantizedEmbeddingModel();
          model = m;
        }
      }
    }
    return m;
  }

  /** The unit-length embedding of {@code text}; callers must not modify the array. */
  static float[] embed(String text) {
    synchronized (CACHE) {
      float[] cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
    }
    float[] v = model().embed(text).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= (float) norm;
      }
    }
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
