package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {

  private static final Map<String, String> GOLD =
      Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  @Test
  void bCubedAndAriOfAHandComputedExample() {
    Map<String, String> predicted = Map.of("a", "P1", "b", "P1", "c", "P2", "d", "P2", "e", "P2");
    // Precision per item: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> 11/15.
    // Recall per item:    a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> 11/15.
    ClusteringMetrics.BCubed b = ClusteringMetrics.bCubed(predicted, GOLD);
    assertThat(b.precision()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(b.recall()).isCloseTo(11 / 15.0, within(1e-9));
    assertThat(b.f1()).isCloseTo(11 / 15.0, within(1e-9));
    // Pairs: index 1+0+1 = 2; predicted 1+3 = 4; gold 3+1 = 4; total 10; expected 1.6; max 4.
    assertThat(ClusteringMetrics.adjustedRand(predicted, GOLD))
        .isCloseTo((2 - 1.6) / (4 - 1.6), within(1e-9));
    assertThat(ClusteringMetrics.clusters(predicted, GOLD)).isEqualTo(2);
  }

  @Test
  void perfectAndDegenerateClusterings() {
    assertThat(ClusteringMetrics.bCubed(GOLD, GOLD).f1()).isEqualTo(1.0);
    assertThat(ClusteringMetrics.adjustedRand(GOLD, GOLD)).isEqualTo(1.0);
    Map<String, String> oneStory = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
    ClusteringMetrics.BCubed b = ClusteringMetrics.bCubed(oneStory, GOLD);
    // Precision: three items 3/5, two items 2/5 -> 13/25; recall 1.
    assertThat(b.precision()).isCloseTo(13 / 25.0, within(1e-9));
    assertThat(b.recall()).isEqualTo(1.0);
    assertThat(ClusteringMetrics.adjustedRand(oneStory, GOLD)).isCloseTo(0.0, within(1e-9));
  }

  @Test
  void rejectsItemsWithoutAPrediction() {
    assertThatThrownBy(() -> ClusteringMetrics.bCubed(Map.of("a", "P1"), GOLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("item without predicted cluster");
  }
}
