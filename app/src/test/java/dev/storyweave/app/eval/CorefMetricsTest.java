package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CorefMetricsTest {

  private static Map<String, String> clusters(String... groups) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int g = 0; g < groups.length; g++) {
      for (char mention : groups[g].toCharArray()) {
        out.put(String.valueOf(mention), "c" + g);
      }
    }
    return out;
  }

  /**
   * The worked example of Pradhan et al. (2014): key {a,b,c} {d,e,f,g}, response {a,b} {c,d}
   * {f,g,h,i}. By hand: MUC R = (1+1)/(2+3) = 0.4, P = (1+0+1)/(1+1+3) = 0.4; B3 R = (5/3 + 5/4)/7
   * = 35/84, P = (2+1+1)/8 = 0.5; CEAF-e best alignment {a,b,c}-{a,b} (0.8) and {d,e,f,g}-{f,g,h,i}
   * (0.5): R = 1.3/2, P = 1.3/3.
   */
  @Test
  void workedExampleWithTwinlessMentions() {
    CorefMetrics.Result result =
        CorefMetrics.score(clusters("abc", "defg"), clusters("ab", "cd", "fghi"));
    assertThat(result.muc().recall()).isCloseTo(0.4, within(1e-9));
    assertThat(result.muc().precision()).isCloseTo(0.4, within(1e-9));
    assertThat(result.bcubed().recall()).isCloseTo(35.0 / 84, within(1e-9));
    assertThat(result.bcubed().precision()).isCloseTo(0.5, within(1e-9));
    assertThat(result.ceafe().recall()).isCloseTo(0.65, within(1e-9));
    assertThat(result.ceafe().precision()).isCloseTo(1.3 / 3, within(1e-9));
    double conll =
        (0.4 + 2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5) + 2 * 0.65 * (1.3 / 3) / (0.65 + 1.3 / 3))
            / 3;
    assertThat(result.conllF1()).isCloseTo(conll, within(1e-9));
  }

  @Test
  void identicalPartitionsScoreOne() {
    CorefMetrics.Result result =
        CorefMetrics.score(clusters("abc", "de", "f"), clusters("abc", "de", "f"));
    assertThat(result.muc().f1()).isCloseTo(1.0, within(1e-9));
    assertThat(result.bcubed().f1()).isCloseTo(1.0, within(1e-9));
    assertThat(result.ceafe().f1()).isCloseTo(1.0, within(1e-9));
  }

  /** All singletons against one cluster of four: MUC R = 0, B3 P = 1/4 and R = 1. */
  @Test
  void singletonsAgainstOneCluster() {
    CorefMetrics.Result result = CorefMetrics.score(clusters("a", "b", "c", "d"), clusters("abcd"));
    assertThat(result.muc().precision()).isCloseTo(0.0, within(1e-9));
    assertThat(result.bcubed().recall()).isCloseTo(1.0, within(1e-9));
    assertThat(result.bcubed().precision()).isCloseTo(0.25, within(1e-9));
    // CEAF-e: one response cluster aligned to one key singleton, phi = 2*1/(1+4) = 0.4.
    assertThat(result.ceafe().precision()).isCloseTo(0.4, within(1e-9));
    assertThat(result.ceafe().recall()).isCloseTo(0.1, within(1e-9));
  }

  @Test
  void hungarianFindsTheBestAssignmentNotTheGreedyOne() {
    // Greedy takes 0.9 then 0.1 (1.0); the optimum is 0.8 + 0.8.
    assertThat(CorefMetrics.maxAssignment(new double[][] {{0.9, 0.8}, {0.8, 0.1}}))
        .isCloseTo(1.6, within(1e-9));
    assertThat(CorefMetrics.maxAssignment(new double[][] {{0.5, 0.2, 0.7}}))
        .isCloseTo(0.7, within(1e-9));
  }
}
