package dev.storyweave.stories;

import java.util.Arrays;

/** A growable list of primitive ints: 4 bytes per value, no boxing. Not thread-safe. */
final class IntList {
  private int[] values;
  private int size;

  IntList(int capacity) {
    values = new int[Math.max(4, capacity)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, values.length + (values.length >> 1) + 4);
    }
    values[size++] = value;
  }

  int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " >= size " + size);
    }
    return values[index];
  }

  void set(int index, int value) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " >= size " + size);
    }
    values[index] = value;
  }

  void clear() {
    size = 0;
  }

  int size() {
    return size;
  }

  /** The backing array; valid up to {@link #size()} until the next add. */
  int[] raw() {
    return values;
  }
}
