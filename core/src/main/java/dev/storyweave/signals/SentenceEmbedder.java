package dev.storyweave.signals;

import java.util.List;

/**
 * Dense sentence embeddings from a sentence-embedding model run in-process; nothing is downloaded
 * at run time.
 *
 * <p>Vectors are unit length, so the dot product of two is their cosine. Implementations are
 * thread-safe; returned arrays belong to the caller.
 */
public interface SentenceEmbedder {

  /** The embedding of {@code sentence}; blank text gives a valid (uninformative) vector. */
  float[] embed(String sentence);

  /**
   * The embeddings of {@code sentences}, in order. One at a time by default; a model that runs
   * batches faster overrides it.
   */
  default List<float[]> embedAll(List<String> sentences) {
    List<float[]> out = new java.util.ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(embed(s));
    }
    return out;
  }

  /** Number of dimensions of every vector. */
  int dimensions();

  /**
   * The shared embedder: BGE-small-en-v1.5, int8-quantized, on ONNX Runtime, loaded once (about
   * half a second) on first use.
   */
  static SentenceEmbedder shared() {
    return OnnxSentenceEmbedder.shared();
  }
}
