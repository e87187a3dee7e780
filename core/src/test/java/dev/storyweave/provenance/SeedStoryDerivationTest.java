package dev.storyweave.provenance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five seed articles form one story: a CNN explainer, a bullet-point summary of it, an NPR
 * report, and two machine-translated reports from other outlets. Only the summary derives from
 * another seed; the rest are independent reports of the same event.
 */
class SeedStoryDerivationTest {

  private static final String EXPLAINER = "000_cabf150a67821f82";
  private static final String SUMMARY = "001_c9eb402cce2fb496";

  private static List<StoryArticle> seeds;
  private static List<Derivation> derivations;

  @BeforeAll
  static void detect() {
    seeds = SharedData.seeds();
    derivations = DerivationDetector.create().detect(seeds);
  }

  @Test
  void summaryIsFoundWithItsSourceAndKind() {
    assertThat(derivations)
        .anySatisfy(
            d -> {
              assertThat(d.copy()).isEqualTo(SUMMARY);
              assertThat(d.source()).isEqualTo(EXPLAINER);
              assertThat(d.kind()).isEqualTo(DerivationKind.SUMMARY);
              assertThat(d.shared()).isBetween(0.1, 1.0);
              assertThat(d.evidence()).isNotEmpty();
            });
  }

  @Test
  void independentReportsAreNotLinked() {
    assertThat(derivations)
        .allSatisfy(
            d -> {
              assertThat(d.copy()).isEqualTo(SUMMARY);
              assertThat(d.source()).isEqualTo(EXPLAINER);
            });
  }

  @Test
  void evidencePointsIntoBothArticles() {
    Map<String, String> text =
        Map.of(SUMMARY, seeds.get(1).article().text(), EXPLAINER, seeds.get(0).article().text());
    for (Derivation d : derivations) {
      for (Derivation.AlignedPair pair : d.evidence()) {
        assertThat(
                text.get(pair.copy().article()).substring(pair.copy().start(), pair.copy().end()))
            .isEqualTo(pair.copy().text());
        assertThat(
                text.get(pair.source().article())
                    .substring(pair.source().start(), pair.source().end()))
            .isEqualTo(pair.source().text());
      }
    }
  }

  @Test
  void summaryAndExplainerCountAsOneIndependentSource() {
    Map<String, String> groups =
        ProvenanceGraph.independentGroups(
            seeds.stream().map(StoryArticle::id).toList(), derivations);
    assertThat(groups.get(SUMMARY)).isEqualTo(EXPLAINER);
    assertThat(groups.values().stream().distinct().count()).isEqualTo(4);
  }
}
