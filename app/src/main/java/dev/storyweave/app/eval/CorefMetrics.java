package dev.storyweave.app.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * The three coreference metrics behind the CoNLL F1 (Pradhan et al. 2014, "Scoring Coreference
 * Partitions of Predicted Mentions: A Reference Implementation"), written here because no Java
 * implementation is on Maven Central. Key and response may hold different mentions: a key mention
 * missing from the response counts against recall and a response mention missing from the key
 * against precision, exactly as the reference scorer does (MUC counts each missing mention as its
 * own partition; B-cubed and CEAF-e count only shared mentions as overlap). CEAF-e's optimal
 * alignment runs the Hungarian algorithm on each connected component of the overlap graph, which
 * keeps corpus-wide scoring cheap.
 */
final class CorefMetrics {

  private CorefMetrics() {}

  /** Precision, recall and their harmonic mean. */
  record Score(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** MUC, B-cubed and CEAF-e of one response against one key. */
  record Result(Score muc, Score bcubed, Score ceafe) {
    double conllF1() {
      return (muc.f1() + bcubed.f1() + ceafe.f1()) / 3;
    }
  }

  /**
   * Scores {@code response} against {@code key}; both map a mention id to a cluster id. Clusters
   * are the groups of mentions with equal cluster ids (singletons included).
   */
  static <M> Result score(Map<M, String> key, Map<M, String> response) {
    List<Set<M>> keyClusters = clusters(key);
    List<Set<M>> responseClusters = clusters(response);
    return new Result(
        muc(keyClusters, responseClusters),
        bcubed(keyClusters, responseClusters),
        ceafe(keyClusters, responseClusters));
  }

  static <M> List<Set<M>> clusters(Map<M, String> assignment) {
    Map<String, Set<M>> byId = new LinkedHashMap<>();
    assignment.forEach(
        (mention, id) -> byId.computeIfAbsent(id, k -> new java.util.HashSet<>()).add(mention));
    return new ArrayList<>(byId.values());
  }

  static <M> Score muc(List<Set<M>> key, List<Set<M>> response) {
    return new Score(mucRecall(response, key), mucRecall(key, response));
  }

  private static <M> double mucRecall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> responseOf = index(response);
    double numerator = 0;
    double denominator = 0;
    for (Set<M> cluster : key) {
      Set<Integer> parts = new java.util.HashSet<>();
      int missing = 0;
      for (M mention : cluster) {
        Integer r = responseOf.get(mention);
        if (r == null) {
          missing++;
        } else {
          parts.add(r);
        }
      }
      numerator += cluster.size() - (parts.size() + missing);
      denominator += cluster.size() - 1;
    }
    return denominator == 0 ? 0 : numerator / denominator;
  }

  static <M> Score bcubed(List<Set<M>> key, List<Set<M>> response) {
    return new Score(bcubedRecall(response, key), bcubedRecall(key, response));
  }

  private static <M> double bcubedRecall(List<Set<M>> key, List<Set<M>> response) {
    Map<M, Integer> responseOf = index(response);
    double numerator = 0;
    double mentions = 0;
    for (Set<M> cluster : key) {
      Map<Integer, Integer> overlap = new HashMap<>();
      for (M mention : cluster) {
        Integer r = responseOf.get(mention);
        if (r != null) {
          overlap.merge(r, 1, Integer::sum);
        }
      }
      for (int shared : overlap.values()) {
        numerator += (double) shared * shared / cluster.size();
      }
      mentions += cluster.size();
    }
    return mentions == 0 ? 0 : numerator / mentions;
  }

  static <M> Score ceafe(List<Set<M>> key, List<Set<M>> response) {
    if (key.isEmpty() || response.isEmpty()) {
      return new Score(0, 0);
    }
    Map<M, Integer> responseOf = index(response);
    // Overlap graph between key clusters (0..k-1) and response clusters (k..k+r-1).
    int k = key.size();
    List<Map<Integer, Integer>> edges = new ArrayList<>();
    for (int i = 0; i < k + response.size(); i++) {
      edges.add(new HashMap<>());
    }
    for (int i = 0; i < k; i++) {
      for (M mention : key.get(i)) {
        Integer r = responseOf.get(mention);
        if (r != null) {
          edges.get(i).merge(k + r, 1, Integer::sum);
          edges.get(k + r).merge(i, 1, Integer::sum);
        }
      }
    }
    boolean[] seen = new boolean[k + response.size()];
    double total = 0;
    for (int start = 0; start < k; start++) {
      if (seen[start] || edges.get(start).isEmpty()) {
        continue;
      }
      List<Integer> keys = new ArrayList<>();
      List<Integer> responses = new ArrayList<>();
      Deque<Integer> queue = new ArrayDeque<>(List.of(start));
      seen[start] = true;
      while (!queue.isEmpty()) {
        int node = queue.poll();
        (node < k ? keys : responses).add(node);
        for (int next : edges.get(node).keySet()) {
          if (!seen[next]) {
            seen[next] = true;
            queue.add(next);
          }
        }
      }
      double[][] similarity = new double[keys.size()][responses.size()];
      for (int a = 0; a < keys.size(); a++) {
        for (int b = 0; b < responses.size(); b++) {
          int shared = edges.get(keys.get(a)).getOrDefault(responses.get(b), 0);
          int sizes = key.get(keys.get(a)).size() + response.get(responses.get(b) - k).size();
          similarity[a][b] = 2.0 * shared / sizes;
        }
      }
      total += maxAssignment(similarity);
    }
    return new Score(total / response.size(), total / key.size());
  }

  private static <M> Map<M, Integer> index(Collection<Set<M>> clusters) {
    Map<M, Integer> index = new HashMap<>();
    int i = 0;
    for (Set<M> cluster : clusters) {
      for (M mention : cluster) {
        index.put(mention, i);
      }
      i++;
    }
    return index;
  }

  /** The maximum total weight of a one-to-one assignment (Hungarian algorithm, O(n^3)). */
  static double maxAssignment(double[][] weights) {
    int rows = weights.length;
    int cols = rows == 0 ? 0 : weights[0].length;
    int n = Math.max(rows, cols);
    if (n == 0) {
      return 0;
    }
    // Minimise cost = max - weight on a square matrix padded with zero weights.
    double max = 0;
    for (double[] row : weights) {
      for (double w : row) {
        max = Math.max(max, w);
      }
    }
    double[][] cost = new double[n + 1][n + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= n; j++) {
        double w = i <= rows && j <= cols ? weights[i - 1][j - 1] : 0;
        cost[i][j] = max - w;
      }
    }
    double[] u = new double[n + 1];
    double[] v = new double[n + 1];
    int[] p = new int[n + 1];
    int[] way = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[n + 1];
      boolean[] used = new boolean[n + 1];
      java.util.Arrays.fill(minv, Double.POSITIVE_INFINITY);
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= n; j++) {
          if (!used[j]) {
            double cur = cost[i0][j] - u[i0] - v[j];
            if (cur < minv[j]) {
              minv[j] = cur;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= n; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= n; j++) {
      int i = p[j];
      if (i >= 1 && i <= rows && j <= cols) {
        total += weights[i - 1][j - 1];
      }
    }
    return total;
  }
}
