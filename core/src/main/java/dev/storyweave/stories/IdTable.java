package dev.storyweave.stories;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/*
 * Article ids numbered 0, 1, 2, ... in arrival order, in primitive arrays: a List<String> plus a
 * HashMap<String, Integer> cost about 110 bytes per id (String, byte array, map node, boxed
 * Integer, table slot), the largest per-article item on the heap at a million articles. Here an
 * id costs its UTF-8 bytes, an int offset, its int hash and one int slot of an open-addressing
 * table kept at most half full: about 25 bytes for a short id.
 */
final class IdTable {
  private static final int EMPTY = -1;

  private byte[] bytes = new byte[16 * 1024];
  private int used;
  private final IntList start = new IntList(1024);
  private final IntList hashes = new IntList(1024);
  private int[] slots = newSlots(1024);

  IdTable() {
    start.add(0);
  }

  int size() {
    return hashes.size();
  }

  /** The ordinal of {@code id}, or -1 when it was never added. */
  int find(String id) {
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    int h = hash(key);
    int mask = slots.length - 1;
    for (int slot = spread(h) & mask; slots[slot] != EMPTY; slot = (slot + 1) & mask) {
      int ordinal = slots[slot];
      if (hashes.get(ordinal) == h && same(ordinal, key)) {
        return ordinal;
      }
    }
    return EMPTY;
  }

  /** Adds {@code id} (not yet added) as the next ordinal and returns that ordinal. */
  int add(String id) {
    byte[] key = id.getBytes(StandardCharsets.UTF_8);
    if (used + key.length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(used + key.length, bytes.length + (bytes.length >> 1)));
    }
    System.arraycopy(key, 0, bytes, used, key.length);
    used += key.length;
    start.add(used);
    int ordinal = hashes.size();
    int h = hash(key);
    hashes.add(h);
    if (hashes.size() * 2 > slots.length) {
      int[] bigger = newSlots(slots.length * 2);
      for (int o = 0; o < ordinal; o++) {
        insert(bigger, o, hashes.get(o));
      }
      slots = bigger;
    }
    insert(slots, ordinal, h);
    return ordinal;
  }

  /** The id of {@code ordinal}. */
  String get(int ordinal) {
    int from = start.get(ordinal);
    return new String(bytes, from, start.get(ordinal + 1) - from, StandardCharsets.UTF_8);
  }

  private boolean same(int ordinal, byte[] key) {
    int from = start.get(ordinal);
    int to = start.get(ordinal + 1);
    return Arrays.equals(bytes, from, to, key, 0, key.length);
  }

  private static void insert(int[] table, int ordinal, int h) {
    int mask = table.length - 1;
    int slot = spread(h) & mask;
    while (table[slot] != EMPTY) {
      slot = (slot + 1) & mask;
    }
    table[slot] = ordinal;
  }

  private static int[] newSlots(int size) {
    int[] table = new int[size];
    Arrays.fill(table, EMPTY);
    return table;
  }

  private static int hash(byte[] key) {
    return Arrays.hashCode(key);
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
