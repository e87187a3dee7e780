package dev.storyweave.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Claim;
import dev.storyweave.model.ClaimAnalysis;
import dev.storyweave.model.ClaimStatus;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims on the seed story (five articles of one story; one is a bullet-point summary of another,
 * two are machine-translated). The summary edge is hand-made here as the provenance stage reports
 * it; entities and quotes are left empty, so the builder's fallbacks are what is tested.
 */
class SeedClaimsTest {

  private static List<StoryArticle> story;
  private static ClaimAnalysis analysis;

  @BeforeAll
  static void analyse() {
    story = SeedStories.seeds();
    analysis =
        ClaimBuilder.create().analyze(story, SeedStories.derivations(story), List.of(), List.of());
  }

  @Test
  void claimReportedByEveryOutletCountsIndependentSourcesNotArticles() {
    // The European ultimatum (30-day ceasefire or sanctions) is in all five articles; the summary
    // and its original are one source.
    Claim ultimatum =
        analysis.claims().stream()
            .filter(c -> c.articles().size() == story.size())
            .filter(c -> c.spans().stream().anyMatch(m -> m.text().contains("30-day")))
            .filter(c -> c.spans().stream().anyMatch(m -> m.text().contains("sanctions")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no claim supported by every article"));
    assertThat(ultimatum.independentSources()).isEqualTo(story.size() - 1);
    assertThat(ultimatum.status()).isEqualTo(ClaimStatus.CORROBORATED);
    assertThat(analysis.claims().get(0).independentSources()).isEqualTo(story.size() - 1);
  }

  @Test
  void garbledSlipAboutACapitalIsDisputedWithBothSidesCited() {
    Conflict capital =
        analysis.conflicts().stream()
            .filter(c -> c.reason().startsWith("capital of "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no capital conflict: " + analysis.conflicts()));
    assertThat(capital.independent()).isTrue();
    Claim one = analysis.claims().get(capital.claim());
    Claim other = analysis.claims().get(capital.otherClaim());
    assertThat(one.status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(other.status()).isEqualTo(ClaimStatus.DISPUTED);
    assertThat(one.conflictsWith()).contains(capital.otherClaim());
    assertThat(other.conflictsWith()).contains(capital.claim());
    // The slip is stated by one garbled article; the other value by two independent ones.
    Set<String> sides = new HashSet<>();
    capital.spans().forEach(m -> sides.add(m.article()));
    capital.otherSpans().forEach(m -> sides.add(m.article()));
    assertThat(sides).hasSizeGreaterThanOrEqualTo(3);
    assertThat(capital.spans()).allMatch(m -> m.text().contains("capital"));
    assertThat(capital.otherSpans()).allMatch(m -> m.text().contains("capital"));
  }

  @Test
  void everyClaimIsOneOfItsSpansAndEverySpanIsArticleText() {
    Map<String, String> texts =
        story.stream().collect(Collectors.toMap(StoryArticle::id, a -> a.text().text()));
    assertThat(analysis.claims()).isNotEmpty();
    for (Claim c : analysis.claims()) {
      assertThat(c.spans()).extracting(Mention::text).contains(c.text());
      for (Mention m : c.spans()) {
        assertThat(texts.get(m.article()).substring(m.start(), m.end())).isEqualTo(m.text());
      }
      assertThat(c.articles()).containsAll(c.spans().stream().map(Mention::article).toList());
    }
    for (Conflict c : analysis.conflicts()) {
      for (Mention m : c.spans()) {
        assertThat(texts.get(m.article()).substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void statusFollowsSupportAndConflicts() {
    Map<Integer, Claim> byIndex =
        analysis.claims().stream()
            .collect(
                Collectors.toMap(analysis.claims()::indexOf, Function.identity(), (a, b) -> a));
    for (Claim c : byIndex.values()) {
      ClaimStatus expected =
          !c.conflictsWith().isEmpty()
              ? ClaimStatus.DISPUTED
              : c.independentSources() >= 2 ? ClaimStatus.CORROBORATED : ClaimStatus.SINGLE_SOURCE;
      assertThat(c.status()).as(c.text()).isEqualTo(expected);
    }
  }
}
