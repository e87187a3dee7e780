package dev.storyweave.stories;

import dev.storyweave.signals.MinHash;
import java.util.Arrays;

/*
 * Banded MinHash LSH in primitive arrays, because at a million stored articles per-bucket lists
 * of boxed ids would cost more than the articles' other signals together. Entry e = ordinal *
 * bands + band; next[e] links to the previous entry of the same bucket, so every bucket is a
 * singly linked list from newest to oldest and a lookup can stop after the most recent few. One
 * open-addressing table maps a band's 32-bit key (the band number is mixed in) to its newest
 * entry. Two different buckets with the same 32-bit key merely share a list: extra candidates,
 * scored and rejected like any other. Memory: 4 bytes per entry plus 8 per table slot at most
 * three-quarters full (linear probing stays short there), at most about 250 bytes per article
 * with 16 bands.
 */
final class LshIndex {
  private static final int EMPTY = -1;

  private final int bands;
  private final int rows;
  private final IntList next;
  private int[] tableKeys;
  private int[] tableHeads;
  private int used;

  LshIndex(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    this.next = new IntList(1024);
    this.tableKeys = new int[1024];
    this.tableHeads = new int[1024];
    Arrays.fill(tableHeads, EMPTY);
  }

  /** Adds article {@code ordinal}; ordinals must arrive as 0, 1, 2, ... */
  void add(int ordinal, int[] signature) {
    if (next.size() != ordinal * bands) {
      throw new IllegalArgumentException(
          "ordinal out of sequence: " + ordinal + " after " + next.size() / bands);
    }
    boolean empty = MinHash.isEmpty(signature);
    for (int b = 0; b < bands; b++) {
      int entry = ordinal * bands + b;
      if (empty) {
        next.add(EMPTY);
        continue;
      }
      int key = bandKey(signature, b);
      int slot = find(key);
      if (tableHeads[slot] == EMPTY) {
        tableKeys[slot] = key;
        used++;
      }
      next.add(tableHeads[slot]);
      tableHeads[slot] = entry;
      if (used * 4 > tableKeys.length * 3) {
        grow();
      }
    }
  }

  /**
   * Calls {@code sink} for the ordinals sharing a bucket with {@code signature}, newest first, at
   * most {@code limit} per bucket; an ordinal can be reported once per shared band.
   */
  void candidates(int[] signature, int limit, java.util.function.IntConsumer sink) {
    if (MinHash.isEmpty(signature)) {
      return;
    }
    for (int b = 0; b < bands; b++) {
      int slot = find(bandKey(signature, b));
      int entry = tableHeads[slot];
      for (int seen = 0; entry != EMPTY && seen < limit; seen++) {
        if (entry % bands == b) {
          sink.accept(entry / bands);
        }
        entry = next.get(entry);
      }
    }
  }

  private int bandKey(int[] signature, int band) {
    int h = 0x9747b28c ^ band;
    int from = band * rows;
    for (int i = from; i < from + rows; i++) {
      h = Integer.rotateLeft(h ^ (signature[i] * 0xcc9e2d51), 15) * 0x1b873593;
    }
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  private int find(int key) {
    int mask = tableKeys.length - 1;
    int slot = (key * 0x9E3779B1) >>> 1 & mask;
    while (tableHeads[slot] != EMPTY && tableKeys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = tableKeys;
    int[] oldHeads = tableHeads;
    tableKeys = new int[oldKeys.length * 2];
    tableHeads = new int[oldKeys.length * 2];
    Arrays.fill(tableHeads, EMPTY);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != EMPTY) {
        int slot = find(oldKeys[i]);
        tableKeys[slot] = oldKeys[i];
        tableHeads[slot] = oldHeads[i];
      }
    }
  }
}
