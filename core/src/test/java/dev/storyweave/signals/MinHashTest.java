package dev.storyweave.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTest {

  @Test
  void estimatesJaccardOfShingleSets() {
    List<String> a = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      a.add("w" + i);
    }
    // Second half replaced: 498 of the 998 shingles of each are shared, Jaccard 498/1498.
    List<String> b = new ArrayList<>(a.subList(0, 500));
    for (int i = 0; i < 500; i++) {
      b.add("x" + i);
    }
    assertThat(MinHash.jaccard(MinHash.signature(a), MinHash.signature(a))).isEqualTo(1.0);
    assertThat(MinHash.jaccard(MinHash.signature(a), MinHash.signature(b)))
        .isCloseTo(498 / 1498.0, within(0.15));
  }

  @Test
  void signaturesAreStableAcrossRuns() {
    int[] sig = MinHash.signature(List.of("the", "talks", "in", "istanbul"));
    assertThat(sig).hasSize(MinHash.SIZE);
    assertThat(sig).isEqualTo(MinHash.signature(List.of("the", "talks", "in", "istanbul")));
  }
}
