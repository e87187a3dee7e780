package dev.storyweave.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented articles: garbled name spellings flag an article, legitimate variants do not. */
class GarbledNameVariantsTest {

  private final QualityScorer scorer = QualityScorer.create();

  private Quality alone(String text) {
    StoryArticle article = SharedData.article("a", text);
    return scorer.score(List.of(article)).get("a");
  }

  @Test
  void nameRespelledAtEachMentionIsFlagged() {
    Quality q =
        alone(
            """
            The minister Andriy Kovalenko arrived in Vilnius on Monday for the summit.
            Officials said that Kovalenka would meet the prime minister in the afternoon.
            Later, Kovalenko told reporters in Vilnyus that the talks had gone well.
            The visit of Kowalenko was the first since the agreement was signed in Vilnius.
            """);
    assertThat(q.machineTranslated()).isTrue();
    assertThat(q.evidence()).anyMatch(e -> e.contains("kovalenko"));
    assertThat(q.score()).isLessThan(0.6);
  }

  @Test
  void legitimateVariantsAndCloseDistinctNamesAreNotFlagged() {
    Quality q =
        alone(
            """
            President Volodymyr Zelensky met officials from Austria and Australia on Tuesday.
            The Ukrainian leader, whose name is also spelled Zelenskyy, said Russia must withdraw.
            Russian officials did not comment, and envoys from Iran and Iraq arrived on Thursday.
            Talks resume in March, when Zelensky travels to Ukraine's western border.
            """);
    assertThat(q.machineTranslated()).isFalse();
    assertThat(q.evidence()).noneMatch(e -> e.startsWith("name spelled"));
  }

  @Test
  void bulletListSummaryIsNotFlagged() {
    Quality q =
        alone(
            """
            -
            Rescuers search for a driver missing after the Harrow Bridge collapse.
            -
            Four people were taken to hospital, the mayor said.
            -
            Two similar bridges are closed for inspection.
            Key Facts About The Collapse
            The bridge was built in 1931 and was due for inspection next spring.
            """);
    assertThat(q.machineTranslated()).isFalse();
  }

  @Test
  void nameSpelledUnlikeEveryOtherSourceIsEvidence() {
    List<StoryArticle> story =
        List.of(
            SharedData.article(
                "x", "Talks began in Geneva on Monday, where Secretary Marta Lindqvist spoke."),
            SharedData.article(
                "y", "In Geneva on Monday, Secretary Marta Lindqvist said she would stay."),
            SharedData.article(
                "z", "The talks in Geneva were opened on Monday by Secretary Marta Lindkvist."));
    Map<String, Quality> quality = scorer.score(story);
    assertThat(quality).containsOnlyKeys("x", "y", "z");
    assertThat(quality.get("z").evidence()).anyMatch(e -> e.contains("unlike"));
    assertThat(quality.get("x").evidence()).isEmpty();
  }

  @Test
  void emptyStoryGivesNoScores() {
    assertThat(scorer.score(List.of())).isEmpty();
  }
}
