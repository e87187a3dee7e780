package dev.storyweave.stories;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/*
 * Keys (name words or key terms) of every stored article, numbered through one dictionary and
 * stored as sorted int runs in one flat array, with document frequencies for rarity weights.
 * Weights are smoothed inverse document frequencies ln((N + prior + 1) / (df + 1)): with a
 * handful of articles every key weighs about the same, and as the store grows keys that appear
 * everywhere fade.
 */
final class KeyTable {
  private final double prior;
  private final Map<String, Integer> idOf = new HashMap<>();
  private final IntList df = new IntList(1024);
  private final IntList start = new IntList(1024);
  private final IntList ids = new IntList(8192);
  private int articles;

  KeyTable(double prior) {
    this.prior = prior;
    start.add(0);
  }

  /** Sorted ids of {@code keys}, numbering new keys (with frequency 0 until added). */
  int[] lookup(Set<String> keys) {
    int[] out = new int[keys.size()];
    int i = 0;
    for (String key : keys) {
      Integer id = idOf.get(key);
      if (id == null) {
        id = df.size();
        idOf.put(key, id);
        df.add(0);
      }
      out[i++] = id;
    }
    Arrays.sort(out);
    return out;
  }

  /** Stores {@code keys} (from {@link #lookup}) as the next article's keys. */
  void add(int[] keys) {
    for (int k : keys) {
      ids.add(k);
      df.set(k, df.get(k) + 1);
    }
    start.add(ids.size());
    articles++;
  }

  double weight(int key) {
    return Math.log((articles + prior + 1) / (df.get(key) + 1.0));
  }

  /** Weights of {@code keys} into {@code out}; returns their Euclidean norm. */
  double weights(int[] keys, double[] out) {
    double sum = 0;
    for (int i = 0; i < keys.length; i++) {
      out[i] = weight(keys[i]);
      sum += out[i] * out[i];
    }
    return Math.sqrt(sum);
  }

  /**
   * Cosine between an article's weighted keys and the profile of {@code members} (each key weighted
   * by its rarity times the number of members that have it): how well the article fits what the
   * story's articles keep naming.
   */
  double profileCosine(int[] keys, double[] keyWeights, double keyNorm, int[] members, int count) {
    if (keys.length == 0 || keyNorm == 0 || count == 0) {
      return 0;
    }
    int total = 0;
    for (int m = 0; m < count; m++) {
      total += start.get(members[m] + 1) - start.get(members[m]);
    }
    int[] all = new int[total];
    int p = 0;
    int[] raw = ids.raw();
    for (int m = 0; m < count; m++) {
      int from = start.get(members[m]);
      int to = start.get(members[m] + 1);
      System.arraycopy(raw, from, all, p, to - from);
      p += to - from;
    }
    Arrays.sort(all);
    double dot = 0;
    double norm = 0;
    int i = 0;
    for (int j = 0; j < all.length; ) {
      int k = all[j];
      int run = 1;
      while (j + run < all.length && all[j + run] == k) {
        run++;
      }
      double w = run * weight(k);
      norm += w * w;
      while (i < keys.length && keys[i] < k) {
        i++;
      }
      if (i < keys.length && keys[i] == k) {
        dot += keyWeights[i] * w;
      }
      j += run;
    }
    return norm == 0 ? 0 : dot / (keyNorm * Math.sqrt(norm));
  }
}
