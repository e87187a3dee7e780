package dev.storyweave.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

  /**
   * Unit-length TF-IDF vectors of a collection, one per document in order: sublinear term frequency
   * ({@code 1 + ln tf}) times {@code ln(n / df)}, document frequencies counted over the given
   * documents. A term every document has weighs nothing and is left out.
   */
  public static List<Map<String, Double>> tfIdf(List<Map<String, Integer>> termCounts) {
    int n = termCounts.size();
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (Map<String, Integer> counts : termCounts) {
      counts.keySet().forEach(term -> documentFrequency.merge(term, 1, Integer::sum));
    }
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (Map<String, Integer> counts : termCounts) {
      Map<String, Double> vector = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> entry : counts.entrySet()) {
        double weight =
            (1 + Math.log(entry.getValue()))
                * Math.log((double) n / documentFrequency.get(entry.getKey()));
        if (weight > 0) {
          vector.put(entry.getKey(), weight);
          norm += weight * weight;
        }
      }
      double length = Math.sqrt(norm);
      if (length > 0) {
        vector.replaceAll((term, weight) -> weight / length);
      }
      vectors.add(vector);
    }
    return vectors;
  }
}
