package dev.storyweave.signals;

import java.util.Map;

/** Arithmetic on sparse term-weight vectors (term to weight maps), such as TF-IDF vectors. */
public final class SparseVectors {

  private SparseVectors() {}

  /**
   * The dot product of two vectors, walking the smaller one; for vectors normalised to unit length
   * this is their cosine.
   */
  public static double dot(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> entry : small.entrySet()) {
      Double other = large.get(entry.getKey());
      if (other != null) {
        dot += entry.getValue() * other;
      }
    }
    return dot;
  }
}
