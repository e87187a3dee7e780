package dev.storyweave.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparseVectorsTest {

  @Test
  void tfIdfLeavesOutTermsEveryDocumentHasAndGivesUnitVectors() {
    List<Map<String, Double>> vectors =
        SparseVectors.tfIdf(
            List.of(
                Map.of("flood", 2, "city", 1),
                Map.of("flood", 1, "city", 3),
                Map.of("flood", 1, "election", 1)));

    assertThat(vectors.get(0)).containsOnlyKeys("city");
    assertThat(vectors.get(2)).containsOnlyKeys("election");
    for (Map<String, Double> v : vectors) {
      assertThat(SparseVectors.dot(v, v)).isCloseTo(1.0, within(1e-9));
    }
    assertThat(SparseVectors.dot(vectors.get(0), vectors.get(1))).isCloseTo(1.0, within(1e-9));
    assertThat(SparseVectors.dot(vectors.get(0), vectors.get(2))).isZero();
  }
}
