package dev.storyweave.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.model.Article;
import dev.storyweave.signals.ArticleSignals;
import dev.storyweave.signals.SignalExtractor;
import dev.storyweave.text.TextAnalyzer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryAssignerTest {

  private static SignalExtractor extractor;

  @BeforeAll
  static void loadModels() {
    extractor = SignalExtractor.create();
  }

  private static ArticleSignals signals(Article article) {
    return extractor.extract(article, TextAnalyzer.english().analyze(article.id(), article.text()));
  }

  @Test
  void theFiveSeedsFormOneStory() {
    List<Article> seeds = TestArticles.seeds();
    assertThat(seeds).hasSize(5);
    List<Assignment> assignments = new ArrayList<>();
    try (StoryAssigner assigner = StoryAssigner.inMemory(StorySettings.defaults())) {
      for (Article a : seeds) {
        assignments.add(assigner.assign(signals(a)));
      }
      assigner.consolidate();
      assertThat(new HashSet<>(assigner.storyOfArticle().values())).hasSize(1);
    }
    assertThat(assignments.get(0).newStory()).isTrue();
    assertThat(assignments.subList(1, 5)).noneMatch(Assignment::newStory);
  }

  @Test
  void unrelatedArticlesDoNotJoin() {
    Article match =
        TestArticles.article(
            "match",
            "Harbour City beat Millbrook 3-1 in the regional cup final",
            "Harbour City won the regional cup on Saturday, beating Millbrook 3-1 in front of"
                + " 20,000 fans at Riverside Stadium. Striker Tomas Berg scored twice before"
                + " half-time and coach Elena Ruiz praised the defence. Millbrook's manager said"
                + " his team had missed too many chances.",
            LocalDate.of(2024, 5, 4));
    Article fire =
        TestArticles.article(
            "fire",
            "Fire destroys bakery in Oakdale, no one hurt",
            "A fire destroyed the Golden Crust bakery in Oakdale early on Sunday. Firefighters"
                + " fought the blaze for three hours and the owner, Samir Haddad, said an oven had"
                + " overheated. No one was injured, and the street reopened in the afternoon.",
            LocalDate.of(2024, 5, 5));
    try (StoryAssigner assigner = StoryAssigner.inMemory(StorySettings.defaults())) {
      Assignment first = assigner.assign(signals(match));
      Assignment second = assigner.assign(signals(fire));
      assertThat(first.newStory()).isTrue();
      assertThat(second.newStory()).isTrue();
      assertThat(second.storyId()).isNotEqualTo(first.storyId());
      assertThat(second.candidateFrom()).isEqualTo("ann");
      assertThat(assigner.consolidate()).isEmpty();
    }
  }

  @Test
  void aCopyJoinsThroughLshAndTheSameInputGivesTheSameStories() {
    List<Article> seeds = TestArticles.seeds();
    Article original = seeds.get(0);
    Article copy =
        TestArticles.article("copy", null, original.text().replace("Thursday", "Friday"), null);
    List<String> first = new ArrayList<>();
    List<String> second = new ArrayList<>();
    for (List<String> out : List.of(first, second)) {
      try (StoryAssigner assigner = StoryAssigner.inMemory(StorySettings.defaults())) {
        assigner.assign(signals(original));
        Assignment a = assigner.assign(signals(copy));
        assertThat(a.newStory()).isFalse();
        assertThat(a.candidateFrom()).isEqualTo("lsh+ann");
        out.addAll(assigner.storyOfArticle().values());
      }
    }
    assertThat(first).isEqualTo(second);
  }

  @Test
  void rejectsAnArticleAssignedTwice() {
    Article a = TestArticles.seeds().get(1);
    try (StoryAssigner assigner = StoryAssigner.inMemory(StorySettings.defaults())) {
      ArticleSignals s = signals(a);
      assigner.assign(s);
      assertThatThrownBy(() -> assigner.assign(s))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(a.id());
    }
  }

  @Test
  void onDiskWithBackgroundMergesKeepsTheSeedsTogether(@TempDir Path dir) {
    // A refresh every two articles makes segments, and merges, happen within five articles.
    StorySettings settings =
        StorySettings.defaults().toBuilder().refreshEvery(2).backgroundMerges(true).build();
    try (StoryAssigner assigner = StoryAssigner.onDisk(dir, settings)) {
      for (Article a : TestArticles.seeds()) {
        assigner.assign(signals(a));
      }
      assigner.consolidate();
      assertThat(assigner.size()).isEqualTo(5);
      assertThat(new HashSet<>(assigner.storyOfArticle().values())).hasSize(1);
      assertThat(assigner.storyOfArticle().keySet())
          .containsExactlyElementsOf(TestArticles.seeds().stream().map(Article::id).toList());
    }
  }
}
