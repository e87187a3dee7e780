package dev.storyweave.app.eval;

import dev.storyweave.signals.SparseVectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The baseline for story clustering: bag-of-words TF-IDF cosine (sublinear tf, idf over the
 * stream's documents), clustered online in the same order as Storyweave: each document joins the
 * story of its most similar earlier document when the cosine reaches the threshold, else opens a
 * story. The pairwise similarities are computed once, so sweeping thresholds is cheap.
 */
final class TfIdfBaseline {

  private final List<String> ids;
  private final float[][] similarity;

  /** {@code words}: each document's folded word tokens, in stream order. */
  TfIdfBaseline(List<String> ids, List<List<String>> words) {
    this.ids = List.copyOf(ids);
    int n = ids.size();
    List<Map<String, Integer>> counts = new ArrayList<>();
    for (List<String> doc : words) {
      Map<String, Integer> tf = new HashMap<>();
      for (String w : doc) {
        tf.merge(w, 1, Integer::sum);
      }
      counts.add(tf);
    }
    List<Map<String, Double>> vectors = SparseVectors.tfIdf(counts);
    similarity = new float[n][];
    for (int i = 0; i < n; i++) {
      similarity[i] = new float[i];
      Map<String, Double> a = vectors.get(i);
      for (int j = 0; j < i; j++) {
        similarity[i][j] = (float) SparseVectors.dot(a, vectors.get(j));
      }
    }
  }

  /** Story label of every document when clustering online at {@code threshold}. */
  Map<String, String> cluster(double threshold) {
    int[] story = new int[ids.size()];
    int stories = 0;
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      int best = -1;
      for (int j = 0; j < i; j++) {
        if (best < 0 || similarity[i][j] > similarity[i][best]) {
          best = j;
        }
      }
      story[i] = best >= 0 && similarity[i][best] >= threshold ? story[best] : stories++;
      out.put(ids.get(i), "tfidf-" + story[i]);
    }
    return out;
  }
}
