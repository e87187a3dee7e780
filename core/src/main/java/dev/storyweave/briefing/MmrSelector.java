package dev.storyweave.briefing;

import dev.storyweave.signals.SparseVectors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/*
 * Maximal marginal relevance (Carbonell & Goldstein 1998): repeatedly take the candidate that
 * maximises lambda * relevance - (1 - lambda) * (its highest similarity to anything taken so far).
 * A hard ceiling on similarity keeps two wordings of one fact out even when both are very relevant.
 */
/** Greedy MMR selection over sparse term vectors. Stateless. */
final class MmrSelector {

  private MmrSelector() {}

  /**
   * Indexes of the selected candidates, in selection order.
   *
   * @param relevance relevance of each candidate, any scale
   * @param vectors unit-length sparse vectors of the candidates
   * @param lambda weight of relevance against novelty, in [0,1]
   * @param max most candidates to select
   * @param ceiling candidates more similar than this to a selected one are never taken
   */
  static List<Integer> select(
      double[] relevance,
      List<Map<String, Double>> vectors,
      double lambda,
      int max,
      double ceiling) {
    if (relevance.length != vectors.size()) {
      throw new IllegalArgumentException(
          "relevance and vectors differ in size: " + relevance.length + " vs " + vectors.size());
    }
    if (!(lambda >= 0 && lambda <= 1)) {
      throw new IllegalArgumentException("lambda outside [0,1]: " + lambda);
    }
    List<Integer> selected = new ArrayList<>();
    boolean[] taken = new boolean[relevance.length];
    double[] maxSimilarity = new double[relevance.length];
    while (selected.size() < max) {
      int best = -1;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (int i = 0; i < relevance.length; i++) {
        if (taken[i] || maxSimilarity[i] > ceiling) {
          continue;
        }
        double score = lambda * relevance[i] - (1 - lambda) * maxSimilarity[i];
        if (score > bestScore) {
          bestScore = score;
          best = i;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      selected.add(best);
      for (int i = 0; i < relevance.length; i++) {
        if (!taken[i]) {
          maxSimilarity[i] =
              Math.max(maxSimilarity[i], SparseVectors.dot(vectors.get(i), vectors.get(best)));
        }
      }
    }
    return selected;
  }

  /** Dot product of two unit-length sparse vectors. */
}
