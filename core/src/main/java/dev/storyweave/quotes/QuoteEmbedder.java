package dev.storyweave.quotes;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;

/*
 * Package-private stop-gap: a shared SentenceEmbedder is planned in dev.storyweave.signals; when
 * it lands, VariantQuoteMerger should take that instead of this class. The ONNX model loads
 * lazily (about half a second) so that stories whose quotes match on words alone never load it.
 */
final class QuoteEmbedder {

  private static final QuoteEmbedder SHARED = new QuoteEmbedder();

  private volatile EmbeddingModel model;

  static QuoteEmbedder shared() {
    return SHARED;
  }

  /** A unit-length embedding of {@code text}. */
  float[] embed(String text) {
    float[] v = model().embed(text).content().vector();
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    float inverse = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * inverse;
    }
    return out;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < Math.min(a.length, b.length); i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private EmbeddingModel model() {
    EmbeddingModel m = model;
    if (m == null) {
      synchronized (this) {
        m = model;
        if (m == null) {
          m = new BgeSmallEnV15QuantizedEmbeddingModel();
          model = m;
        }
      }
    }
    return m;
  }
}
