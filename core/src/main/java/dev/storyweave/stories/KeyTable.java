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
 *
 * A key also weighs by its rank in the article (keys arrive most frequent first): salience
 * (1 + rank)^-rankDecay. Two reports of two similar events share the topic's names (the agency,
 * the law, the disease) but not their protagonist, who is named again and again in each; an
 * unranked bag lets a dozen shared side names outvote the one name that differs. The rank is
 * stored as one byte per key, so salience costs no float per key.
 */
final class KeyTable {
  private static final int MAX_RANK = 255;

  private final double prior;
  private final double[] salience = new double[MAX_RANK + 1];
  private final Map<String, Integer> idOf = new HashMap<>();
  private final IntList df = new IntList(1024);
  private final IntList start = new IntList(1024);
  private final IntList ids = new IntList(8192);
  private byte[] ranks = new byte[8192];
  private int articles;

  KeyTable(double prior, double rankDecay) {
    this.prior = prior;
    for (int r = 0; r <= MAX_RANK; r++) {
      salience[r] = Math.pow(1 + r, -rankDecay);
    }
    start.add(0);
  }

  /** An article's keys: sorted ids and each one's rank in the article (0 = most salient). */
  record Keys(int[] ids, byte[] ranks) {}

  /**
   * Sorted ids of {@code keys} (most salient first) with their ranks, numbering new keys (with
   * frequency 0 until added).
   */
  Keys lookup(Set<String> keys) {
    long[] packed = new long[keys.size()];
    int i = 0;
    for (String key : keys) {
      Integer id = idOf.get(key);
      if (id == null) {
        id = df.size();
        idOf.put(key, id);
        df.add(0);
      }
      packed[i] = ((long) id << 8) | Math.min(i, MAX_RANK);
      i++;
    }
    Arrays.sort(packed);
    int[] out = new int[packed.length];
    byte[] rank = new byte[packed.length];
    for (int j = 0; j < packed.length; j++) {
      out[j] = (int) (packed[j] >>> 8);
      rank[j] = (byte) (packed[j] & 0xff);
    }
    return new Keys(out, rank);
  }

  /** Stores {@code keys} (from {@link #lookup}) as the next article's keys. */
  void add(Keys keys) {
    if (ranks.length < ids.size() + keys.ids.length) {
      ranks = Arrays.copyOf(ranks, Math.max(ranks.length * 3 / 2, ids.size() + keys.ids.length));
    }
    for (int i = 0; i < keys.ids.length; i++) {
      int k = keys.ids[i];
      ranks[ids.size()] = keys.ranks[i];
      ids.add(k);
      df.set(k, df.get(k) + 1);
    }
    start.add(ids.size());
    articles++;
  }

  /** The stored keys of article {@code ordinal}. */
  Keys keysOf(int ordinal) {
    int from = start.get(ordinal);
    int to = start.get(ordinal + 1);
    return new Keys(Arrays.copyOfRange(ids.raw(), from, to), Arrays.copyOfRange(ranks, from, to));
  }

  double weight(int key) {
    return Math.log((articles + prior + 1) / (df.get(key) + 1.0));
  }

  private double salience(byte rank) {
    return salience[rank & 0xff];
  }

  /** Weights (rarity times salience) of {@code keys} into {@code out}; returns their norm. */
  double weights(Keys keys, double[] out) {
    double sum = 0;
    for (int i = 0; i < keys.ids.length; i++) {
      out[i] = weight(keys.ids[i]) * salience(keys.ranks[i]);
      sum += out[i] * out[i];
    }
    return Math.sqrt(sum);
  }

  /** The summed keys of some stored articles: sorted distinct keys with their summed salience. */
  record Profile(int[] keys, double[] mass) {}

  /** The profile of articles {@code members[0..count)}. */
  Profile profile(int[] members, int count) {
    int total = 0;
    for (int m = 0; m < count; m++) {
      total += start.get(members[m] + 1) - start.get(members[m]);
    }
    long[] all = new long[total];
    int p = 0;
    int[] raw = ids.raw();
    for (int m = 0; m < count; m++) {
      int from = start.get(members[m]);
      int to = start.get(members[m] + 1);
      for (int j = from; j < to; j++) {
        all[p++] = ((long) raw[j] << 8) | (ranks[j] & 0xff);
      }
    }
    Arrays.sort(all);
    int distinct = 0;
    for (int j = 0; j < all.length; j++) {
      if (j == 0 || (all[j] >>> 8) != (all[j - 1] >>> 8)) {
        distinct++;
      }
    }
    int[] keys = new int[distinct];
    double[] mass = new double[distinct];
    int d = -1;
    for (int j = 0; j < all.length; j++) {
      if (j == 0 || (all[j] >>> 8) != (all[j - 1] >>> 8)) {
        keys[++d] = (int) (all[j] >>> 8);
      }
      mass[d] += salience[(int) (all[j] & 0xff)];
    }
    return new Profile(keys, mass);
  }

  /**
   * Cosine between an article's weighted keys and a profile (each key weighted by its rarity times
   * its summed salience over the members that have it): how well the article fits what the story's
   * articles keep naming.
   */
  double profileCosine(Keys keys, double[] keyWeights, double keyNorm, Profile profile) {
    return profileCosine(keys, keyWeights, keyNorm, profile, false);
  }

  /**
   * {@link #profileCosine} of a member of the profile against the profile without that member: how
   * well the member fits the rest of its group.
   */
  double profileCosineWithout(Keys keys, double[] keyWeights, double keyNorm, Profile profile) {
    return profileCosine(keys, keyWeights, keyNorm, profile, true);
  }

  private double profileCosine(
      Keys keys, double[] keyWeights, double keyNorm, Profile profile, boolean withoutOwn) {
    if (keys.ids.length == 0 || keyNorm == 0 || profile.keys.length == 0) {
      return 0;
    }
    double dot = 0;
    double norm = 0;
    int i = 0;
    for (int j = 0; j < profile.keys.length; j++) {
      int k = profile.keys[j];
      while (i < keys.ids.length && keys.ids[i] < k) {
        i++;
      }
      boolean shared = i < keys.ids.length && keys.ids[i] == k;
      double mass = profile.mass[j] - (withoutOwn && shared ? salience(keys.ranks[i]) : 0);
      double w = mass * weight(k);
      norm += w * w;
      if (shared) {
        dot += keyWeights[i] * w;
      }
    }
    return norm <= 1e-12 ? 0 : dot / (keyNorm * Math.sqrt(norm));
  }

  /** Cosine of two profiles, each key weighted by rarity times summed salience. */
  double cosine(Profile a, Profile b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    int j = 0;
    for (int i = 0; i < a.keys.length; i++) {
      double wa = a.mass[i] * weight(a.keys[i]);
      na += wa * wa;
      while (j < b.keys.length && b.keys[j] < a.keys[i]) {
        j++;
      }
      if (j < b.keys.length && b.keys[j] == a.keys[i]) {
        dot += wa * b.mass[j] * weight(b.keys[j]);
      }
    }
    for (int i = 0; i < b.keys.length; i++) {
      double wb = b.mass[i] * weight(b.keys[i]);
      nb += wb * wb;
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
