package dev.storyweave.app.bench;

import dev.storyweave.signals.SentenceEmbedder;

/**
 * Stands in for the model in the benchmark: returns the vector set by {@link #next(float[])} (a
 * real base-lead embedding with noise), so model time stays out of the measured path. Not
 * thread-safe.
 */
final class PoolEmbedder implements SentenceEmbedder {
  private final int dimensions;
  private float[] next;

  PoolEmbedder(int dimensions) {
    this.dimensions = dimensions;
  }

  void next(float[] vector) {
    next = vector;
  }

  @Override
  public float[] embed(String sentence) {
    if (next == null) {
      throw new IllegalStateException("no pooled vector set before embed");
    }
    return next.clone();
  }

  @Override
  public int dimensions() {
    return dimensions;
  }
}
