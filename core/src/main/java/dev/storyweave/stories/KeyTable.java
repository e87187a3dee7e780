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

  /** The stored keys of article {@code ordinal}, sorted. */
  int[] keysOf(int ordinal) {
    int from = start.get(ordinal);
    return Arrays.copyOfRange(ids.raw(), from, start.get(ordinal + 1));
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

  /** The summed keys of some stored articles: sorted distinct keys with how many have each. */
  record Profile(int[] keys, int[] counts) {}

  /** The profile of articles {@code members[0..count)}. */
  Profile profile(int[] members, int count) {
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
    int distinct = 0;
    for (int j = 0; j < all.length; j++) {
      if (j == 0 || all[j] != all[j - 1]) {
        distinct++;
      }
    }
    int[] keys = new int[distinct];
    int[] counts = new int[distinct];
    int d = -1;
    for (int j = 0; j < all.length; j++) {
      if (j == 0 || all[j] != all[j - 1]) {
        keys[++d] = all[j];
      }
      counts[d]++;
    }
    return new Profile(keys, counts);
  }

  /**
   * Cosine between an article's weighted keys and a profile (each key weighted by its rarity times
   * the number of members that have it): how well the article fits what the story's articles keep
   * naming.
   */
  double profileCosine(int[] keys, double[] keyWeights, double keyNorm, Profile profile) {
    if (keys.length == 0 || keyNorm == 0 || profile.keys.length == 0) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    int i = 0;
    for (int j = 0; j < profile.keys.length; j++) {
      int k = profile.keys[j];
      double w = profile.counts[j] * weight(k);
      norm += w * w;
      while (i < keys.length && keys[i] < k) {
        i++;
      }
      if (i < keys.length && keys[i] == k) {
        dot += keyWeights[i] * w;
      }
    }
    return norm == 0 ? 0 : dot / (keyNorm * Math.sqrt(norm));
  }

  /** Cosine of two profiles, each key weighted by rarity times count. */
  double cosine(Profile a, Profile b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    int j = 0;
    for (int i = 0; i < a.keys.length; i++) {
      double wa = a.counts[i] * weight(a.keys[i]);
      na += wa * wa;
      while (j < b.keys.length && b.keys[j] < a.keys[i]) {
        j++;
      }
      if (j < b.keys.length && b.keys[j] == a.keys[i]) {
        dot += wa * b.counts[j] * weight(b.keys[j]);
      }
    }
    for (int i = 0; i < b.keys.length; i++) {
      double wb = b.counts[i] * weight(b.keys[i]);
      nb += wb * wb;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
