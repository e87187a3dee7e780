package dev.storyweave.provenance;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/*
 * A stop-gap until the signals stage offers per-sentence embeddings: the provenance stage needs
 * them for paraphrase alignment and must not wait for it. BGE-small (quantised, in-process ONNX)
 * separates paraphrases from same-topic sentences better than MiniLM. The model is loaded once
 * per JVM on first use; it is thread-safe.
 */
final class SentenceEmbeddings {

  private static volatile EmbeddingModel model;

  private SentenceEmbeddings() {}

  private static EmbeddingModel model() {
    EmbeddingModel result = model;
    if (result == null) {
      synchronized (SentenceEmbeddings.class) {
        result = model;
        if (result == null) {
          result = new BgeSmallEnV15QuantizedEmbeddingModel();
          model = result;
        }
      }
    }
    return result;
  }

  /** Unit-length embeddings of {@code texts}, in order. */
  static float[][] embed(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String text : texts) {
      segments.add(TextSegment.from(text.isBlank() ? "." : text));
    }
    List<Embedding> embeddings = model().embedAll(segments).content();
    float[][] out = new float[texts.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = normalized(embeddings.get(i).vector());
    }
    return out;
  }

  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private static float[] normalized(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    norm = Math.sqrt(norm);
    if (norm == 0) {
      return v;
    }
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = (float) (v[i] / norm);
    }
    return out;
  }
}
