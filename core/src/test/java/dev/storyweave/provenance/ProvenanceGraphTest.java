package dev.storyweave.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProvenanceGraphTest {

  private static Derivation edge(String copy, String source) {
    return new Derivation(copy, source, DerivationKind.REWRITE, 0.5, List.of());
  }

  @Test
  void copiesJoinTheirOriginalAndOthersStandAlone() {
    Map<String, String> groups =
        ProvenanceGraph.independentGroups(
            List.of("a", "b", "c", "d", "e"), List.of(edge("b", "c"), edge("a", "c")));
    assertThat(groups)
        .containsExactly(
            Map.entry("a", "c"),
            Map.entry("b", "c"),
            Map.entry("c", "c"),
            Map.entry("d", "d"),
            Map.entry("e", "e"));
  }

  @Test
  void chainsOfCopiesFormOneGroupRepresentedByTheOriginal() {
    Map<String, String> groups =
        ProvenanceGraph.independentGroups(
            List.of("x", "y", "z"), List.of(edge("z", "y"), edge("y", "x")));
    assertThat(groups.values()).containsOnly("x");
  }

  @Test
  void unknownArticleInAnEdgeIsRejected() {
    assertThatThrownBy(
            () -> ProvenanceGraph.independentGroups(List.of("a"), List.of(edge("a", "ghost"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ghost");
  }
}
