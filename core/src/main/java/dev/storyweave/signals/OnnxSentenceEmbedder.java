package dev.storyweave.signals;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/*
 * BGE-small-en-v1.5 (quantized) rather than MiniLM: it runs at about half MiniLM's speed but
 * separates stories clearly better on news (STACK.md), and the lead embedding is computed once
 * per article. The model ships inside a Maven artifact and runs on ONNX Runtime in-process.
 * LangChain4j's embedAll fans out to a thread pool; a direct executor keeps calls on the caller's
 * thread, so the embedder starts no threads of its own and results do not depend on scheduling
 * (batching gains nothing on two cores anyway).
 */
final class OnnxSentenceEmbedder implements SentenceEmbedder {

  private static volatile OnnxSentenceEmbedder shared;

  private final EmbeddingModel model;
  private final int dimensions;

  private OnnxSentenceEmbedder(EmbeddingModel model) {
    this.model = model;
    this.dimensions = model.dimension();
  }

  static OnnxSentenceEmbedder shared() {
    OnnxSentenceEmbedder result = shared;
    if (result == null) {
      synchronized (OnnxSentenceEmbedder.class) {
        result = shared;
        if (result == null) {
          result =
              new OnnxSentenceEmbedder(new BgeSmallEnV15QuantizedEmbeddingModel(Runnable::run));
          shared = result;
        }
      }
    }
    return result;
  }

  @Override
  public float[] embed(String sentence) {
    String text = sentence == null || sentence.isBlank() ? "." : sentence;
    return normalize(model.embed(text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> sentences) {
    List<float[]> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(embed(s));
    }
    return out;
  }

  @Override
  public int dimensions() {
    return dimensions;
  }

  static float[] normalize(float[] v) {
    double sum = 0;
    for (float x : v) {
      sum += x * x;
    }
    if (sum == 0) {
      return v;
    }
    float scale = (float) (1 / Math.sqrt(sum));
    for (int i = 0; i < v.length; i++) {
      v[i] *= scale;
    }
    return v;
  }
}
