package dev.storyweave.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.signals.MinHash;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LshIndexTest {

  private static List<String> words(Random random, int n) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add("w" + random.nextInt(5000));
    }
    return words;
  }

  @Test
  void nearCopiesShareABucketAndUnrelatedTextsDoNot() {
    Random random = new Random(42);
    LshIndex index = new LshIndex(16, 4);
    List<List<String>> texts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      List<String> text = words(random, 300);
      texts.add(text);
      index.add(i, MinHash.signature(text));
    }
    // A copy of text 17 with 5% of its words replaced.
    List<String> copy = new ArrayList<>(texts.get(17));
    for (int i = 0; i < copy.size(); i += 20) {
      copy.set(i, "changed" + i);
    }
    TreeSet<Integer> found = new TreeSet<>();
    index.candidates(MinHash.signature(copy), 32, found::add);
    assertThat(found).containsExactly(17);

    TreeSet<Integer> none = new TreeSet<>();
    index.candidates(MinHash.signature(words(new Random(7), 300)), 32, none::add);
    assertThat(none).isEmpty();
  }

  @Test
  void bucketLookupStopsAtTheLimitNewestFirst() {
    LshIndex index = new LshIndex(4, 4);
    int[] same = MinHash.signature(Arrays.asList("one two three four five".split(" ")));
    for (int i = 0; i < 10; i++) {
      index.add(i, same);
    }
    List<Integer> found = new ArrayList<>();
    index.candidates(same, 3, found::add);
    // Each of the 4 bands reports the 3 newest.
    assertThat(new TreeSet<>(found)).containsExactly(7, 8, 9);
    assertThat(found).hasSize(12);
  }

  @Test
  void emptySignaturesMatchNothing() {
    LshIndex index = new LshIndex(16, 4);
    int[] empty = MinHash.signature(List.of());
    index.add(0, empty);
    List<Integer> found = new ArrayList<>();
    index.candidates(empty, 10, found::add);
    assertThat(found).isEmpty();
    assertThat(MinHash.jaccard(empty, empty)).isZero();
  }
}
