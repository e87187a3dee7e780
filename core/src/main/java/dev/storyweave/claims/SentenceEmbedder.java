package dev.storyweave.claims;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/*
 * Package-private stop-gap until the shared dev.storyweave.signals.SentenceEmbedder is merged:
 * BGE-small (quantized ONNX, in-process) separates paraphrase from same-topic sentences better
 * than MiniLM on news. The model is loaded once and is thread-safe; vectors are L2-normalised so
 * that a dot product is the cosine.
 */
/** Sentence embeddings for claim similarity; vectors are unit length. Thread-safe. */
final class SentenceEmbedder {

  private static volatile BgeSmallEnV15QuantizedEmbeddingModel model;

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

  /** The unit-length embedding of {@code text}. */
  static float[] embed(String text) {
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
