package dev.storyweave.stories;

import dev.storyweave.signals.MinHash;
import java.util.Arrays;
import java.util.BitSet;

/*
 * Stored MinHash signatures for Jaccard estimates, 16 bits per value: two different shingles'
 * minima agree in their low 16 bits by chance once in 65,536 comparisons, which moves an estimate
 * over 64 values by about 0.00002, while halving the largest per-article array on the heap (128
 * bytes instead of 256). The full signatures are still what LSH buckets are built from.
 */
final class SignatureStore {
  private char[] values = new char[1024 * MinHash.SIZE];
  private final BitSet empty = new BitSet();
  private int size;

  /** Stores the signature of the next ordinal. */
  void add(int[] signature) {
    int base = size * MinHash.SIZE;
    if (base + MinHash.SIZE > values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + MinHash.SIZE);
    }
    for (int i = 0; i < MinHash.SIZE; i++) {
      values[base + i] = (char) signature[i];
    }
    if (MinHash.isEmpty(signature)) {
      empty.set(size);
    }
    size++;
  }

  /** Estimated Jaccard similarity of {@code signature} and the stored one of {@code ordinal}. */
  double jaccard(int[] signature, int ordinal) {
    if (MinHash.isEmpty(signature) || empty.get(ordinal)) {
      return 0;
    }
    int base = ordinal * MinHash.SIZE;
    int same = 0;
    for (int i = 0; i < MinHash.SIZE; i++) {
      if (values[base + i] == (char) signature[i]) {
        same++;
      }
    }
    return same / (double) MinHash.SIZE;
  }
}
