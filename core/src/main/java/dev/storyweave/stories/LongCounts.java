package dev.storyweave.stories;

import java.util.Arrays;

/*
 * Counts per long key (a pair of story numbers) in an open-addressing table of primitives: a
 * TreeMap<Long, Integer> costs about 70 bytes per pair, and a long stream without consolidation
 * collects a pair every few articles. Iteration goes through sortedKeys() so callers see keys in
 * the same order as a sorted map, which keeps consolidation deterministic.
 */
final class LongCounts {
  private long[] keys = new long[64];
  private int[] counts = new int[64];
  private boolean[] full = new boolean[64];
  private int size;

  /** Adds {@code by} to the count of {@code key}. */
  void add(long key, int by) {
    int slot = slot(keys, full, key);
    if (!full[slot]) {
      full[slot] = true;
      keys[slot] = key;
      size++;
    }
    counts[slot] += by;
    if (size * 2 > keys.length) {
      grow();
    }
  }

  /** The count of {@code key}, 0 when absent. */
  int get(long key) {
    int slot = slot(keys, full, key);
    return full[slot] ? counts[slot] : 0;
  }

  /** All keys with a count, ascending. */
  long[] sortedKeys() {
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (full[i]) {
        out[n++] = keys[i];
      }
    }
    Arrays.sort(out);
    return out;
  }

  int size() {
    return size;
  }

  void clear() {
    keys = new long[64];
    counts = new int[64];
    full = new boolean[64];
    size = 0;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    boolean[] oldFull = full;
    keys = new long[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    full = new boolean[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldFull[i]) {
        int slot = slot(keys, full, oldKeys[i]);
        full[slot] = true;
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
      }
    }
  }

  private static int slot(long[] keys, boolean[] full, long key) {
    int mask = keys.length - 1;
    long x = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (x ^ (x >>> 32)) & mask;
    while (full[slot] && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }
}
