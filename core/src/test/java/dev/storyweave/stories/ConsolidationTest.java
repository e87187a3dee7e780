package dev.storyweave.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.MinHash;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Merges recorded by consolidation, on hand-made signals with known similarities. */
class ConsolidationTest {

  // Only the embedding decides joins here: a at cosine 0.7 to b, their midpoint at 0.92 to both.
  private static final StorySettings SETTINGS =
      StorySettings.defaults().toBuilder()
          .nameWeight(0)
          .termWeight(0)
          .shingleWeight(0)
          .joinThreshold(0.9)
          .mergeMinBridges(1)
          .build();

  private static float[] unit(double x, double y) {
    double n = Math.hypot(x, y);
    return new float[] {(float) (x / n), (float) (y / n), 0f};
  }

  private static final float[] A = unit(1, 0);
  private static final float[] B = unit(0.7, Math.sqrt(1 - 0.49));
  private static final float[] MID = unit(1.7, Math.sqrt(1 - 0.49));

  private static ArticleSignals signals(String id, float[] v, Set<String> names) {
    return new ArticleSignals(id, MinHash.signature(List.of(id)), v, names, null);
  }

  /** Name keys in the order the signal extractor gives them: most mentioned first. */
  private static Set<String> mostNamedFirst(String... names) {
    return new LinkedHashSet<>(List.of(names));
  }

  @Test
  void mergesStoriesThatAnArticleBridgesWhenTheyNameTheSamePeople() {
    try (StoryAssigner assigner = StoryAssigner.inMemory(SETTINGS)) {
      assertThat(assigner.assign(signals("a", A, Set.of("okafor"))).newStory()).isTrue();
      assertThat(assigner.assign(signals("b", B, Set.of("okafor"))).newStory()).isTrue();
      assertThat(assigner.assign(signals("mid", MID, Set.of("okafor"))).newStory()).isFalse();
      List<StoryChange> changes = assigner.consolidate();
      assertThat(changes).hasSize(1);
      StoryChange merge = changes.get(0);
      assertThat(merge.kind()).isEqualTo(StoryChange.Kind.MERGE);
      assertThat(merge.storyId()).isEqualTo("story-1");
      assertThat(merge.otherStoryId()).isEqualTo("story-2");
      assertThat(merge.reason()).contains("1 articles scored at or above");
      assertThat(new HashSet<>(assigner.storyOfArticle().values())).containsExactly("story-1");
      assertThat(assigner.consolidate()).isEmpty();
    }
  }

  @Test
  void keepsBridgedStoriesApartWhenTheyNameDifferentPeople() {
    try (StoryAssigner assigner = StoryAssigner.inMemory(SETTINGS)) {
      assigner.assign(signals("a", A, Set.of("okafor", "brantford")));
      assigner.assign(signals("b", B, Set.of("haddad", "oakdale")));
      assigner.assign(signals("mid", MID, Set.of("okafor")));
      assertThat(assigner.consolidate()).isEmpty();
      assertThat(new HashSet<>(assigner.storyOfArticle().values())).hasSize(2);
    }
  }

  @Test
  void splitsAStoryWhoseMembersStateDifferentFiguresAndNameSomeOtherPlaces() {
    // Six reports with one wording join one story online; three name one town and state one
    // year and toll, three name another town and state other figures: two fires, one council.
    // One town, named least, among four shared names is not enough to split; other figures as
    // well are.
    for (double figureWeight : new double[] {0, 1}) {
      StorySettings settings = SETTINGS.toBuilder().splitFigureWeight(figureWeight).build();
      try (StoryAssigner assigner = StoryAssigner.inMemory(settings)) {
        for (int i = 0; i < 6; i++) {
          boolean first = i % 2 == 0;
          assigner.assign(
              new ArticleSignals(
                  "r" + i,
                  MinHash.signature(List.of("r" + i)),
                  A,
                  first
                      ? mostNamedFirst("okafor", "council", "hallam", "ridgeway", "brantford")
                      : mostNamedFirst("okafor", "council", "hallam", "ridgeway", "oakdale"),
                  null,
                  Set.of(),
                  first ? Set.of("2009", "41") : Set.of("2014", "17")));
        }
        assertThat(new HashSet<>(assigner.storyOfArticle().values())).hasSize(1);
        List<StoryChange> changes = assigner.consolidate();
        if (figureWeight == 0) {
          assertThat(changes).isEmpty();
        } else {
          assertThat(changes).hasSize(1);
          assertThat(changes.get(0).kind()).isEqualTo(StoryChange.Kind.SPLIT);
          assertThat(changes.get(0).articles()).isEqualTo(3);
          var stories = assigner.storyOfArticle();
          assertThat(stories.get("r0")).isEqualTo(stories.get("r2")).isEqualTo(stories.get("r4"));
          assertThat(stories.get("r1")).isEqualTo(stories.get("r3")).isEqualTo(stories.get("r5"));
          assertThat(stories.get("r0")).isNotEqualTo(stories.get("r1"));
        }
      }
    }
  }
}
