package dev.storyweave.app.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * Scores of a clustering against gold clusters: B-cubed precision, recall and F1 (Bagga and Baldwin
 * 1998, averaged over items) and the adjusted Rand index (Hubert and Arabie 1985).
 *
 * <p>Both maps give each item's cluster label; only items in {@code gold} are scored, and every one
 * of them must have a predicted label.
 */
public final class ClusteringMetrics {

  private ClusteringMetrics() {}

  /** B-cubed precision, recall and F1. */
  public record BCubed(double precision, double recall, double f1) {}

  /** B-cubed scores of {@code predicted} against {@code gold}. */
  public static BCubed bCubed(Map<String, String> predicted, Map<String, String> gold) {
    check(predicted, gold);
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      predictedSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      int shared = both.get(p + "\u0000" + e.getValue());
      precision += shared / (double) predictedSize.get(p);
      recall += shared / (double) goldSize.get(e.getValue());
    }
    precision /= gold.size();
    recall /= gold.size();
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new BCubed(precision, recall, f1);
  }

  /** Adjusted Rand index of {@code predicted} against {@code gold}; 1 when they are equal. */
  public static double adjustedRand(Map<String, String> predicted, Map<String, String> gold) {
    check(predicted, gold);
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String p = predicted.get(e.getKey());
      predictedSize.merge(p, 1, Integer::sum);
      goldSize.merge(e.getValue(), 1, Integer::sum);
      both.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
    }
    double index = both.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double a = predictedSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double b = goldSize.values().stream().mapToDouble(ClusteringMetrics::pairs).sum();
    double total = pairs(gold.size());
    double expected = total == 0 ? 0 : a * b / total;
    double max = (a + b) / 2;
    if (max == expected) {
      return 1.0;
    }
    return (index - expected) / (max - expected);
  }

  /** Number of distinct labels {@code predicted} gives to the items of {@code gold}. */
  public static int clusters(Map<String, String> predicted, Map<String, String> gold) {
    return (int) gold.keySet().stream().map(predicted::get).distinct().count();
  }

  private static double pairs(int n) {
    return n * (n - 1) / 2.0;
  }

  private static void check(Map<String, String> predicted, Map<String, String> gold) {
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("no gold items");
    }
    for (String item : gold.keySet()) {
      if (predicted.get(item) == null) {
        throw new IllegalArgumentException("item without predicted cluster: " + item);
      }
    }
  }
}
