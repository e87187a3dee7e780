package dev.storyweave.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CompactTablesTest {

  @Test
  void idTableNumbersIdsInArrivalOrderAndFindsThemAfterGrowing() {
    IdTable table = new IdTable();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      // Non-ASCII ids and ids that are prefixes of others must round-trip too.
      String id = (i % 3 == 0 ? "dépêche-" : "a") + i;
      ids.add(id);
      assertThat(table.add(id)).isEqualTo(i);
    }
    assertThat(table.size()).isEqualTo(5000);
    for (int i = 0; i < ids.size(); i++) {
      assertThat(table.find(ids.get(i))).isEqualTo(i);
      assertThat(table.get(i)).isEqualTo(ids.get(i));
    }
    assertThat(table.find("a5000")).isEqualTo(-1);
    assertThat(table.find("")).isEqualTo(-1);
  }

  @Test
  void longCountsAgreeWithASortedMap() {
    Random random = new Random(3);
    LongCounts counts = new LongCounts();
    TreeMap<Long, Integer> expected = new TreeMap<>();
    for (int i = 0; i < 20000; i++) {
      long key = ((long) random.nextInt(300) << 32) | random.nextInt(300);
      int by = 1 + random.nextInt(3);
      counts.add(key, by);
      expected.merge(key, by, Integer::sum);
    }
    assertThat(counts.size()).isEqualTo(expected.size());
    long[] keys = counts.sortedKeys();
    assertThat(keys)
        .containsExactly(expected.keySet().stream().mapToLong(Long::longValue).toArray());
    for (long key : keys) {
      assertThat(counts.get(key)).isEqualTo(expected.get(key));
    }
    assertThat(counts.get(-5L)).isZero();
    counts.clear();
    assertThat(counts.size()).isZero();
    assertThat(counts.sortedKeys()).isEmpty();
  }
}
