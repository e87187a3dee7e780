package dev.storyweave.provenance;

import dev.storyweave.signals.SentenceEmbedder;
import java.util.List;

/*
 * Sentence embeddings for paraphrase alignment come from the signals stage's shared embedder
 * (BGE-small, quantised, in-process ONNX), so the model is loaded once per JVM whichever stage
 * asks first. BGE separates paraphrases from same-topic sentences better than MiniLM.
 */
final class SentenceEmbeddings {

  private SentenceEmbeddings() {}

  /** Unit-length embeddings of {@code texts}, in order. */
  static float[][] embed(List<String> texts) {
    if (texts.isEmpty()) {
      return new float[0][];
    }
    return SentenceEmbedder.shared().embedAll(texts).toArray(new float[0][]);
  }

  /** Cosine of two unit-length vectors. */
  static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }
}
