package dev.storyweave.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.StoryArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PublicationDateInferrerTest {

  private static final LocalDate THURSDAY = LocalDate.of(2025, 5, 15);

  @Test
  void publishedDateIsTheAnchor() {
    Map<String, AnchorDate> anchors =
        PublicationDateInferrer.create()
            .infer(List.of(SeedStory.article("a", "Talks opened on Thursday.", THURSDAY)));
    assertThat(anchors.get("a").date()).isEqualTo(THURSDAY);
    assertThat(anchors.get("a").inferred()).isFalse();
  }

  @Test
  void undatedArticleIsPlacedWhereItsWeekdaysMatchTheStory() {
    StoryArticle dated =
        SeedStory.article(
            "dated",
            "The summit opened in Geneva on Thursday. It was first proposed on Sunday.",
            THURSDAY);
    StoryArticle undated =
        SeedStory.article(
            "undated",
            "The summit was proposed on Sunday, officials said. Delegates arrived on Thursday.",
            null);
    AnchorDate anchor =
        PublicationDateInferrer.create().infer(List.of(dated, undated)).get("undated");
    assertThat(anchor.date()).isEqualTo(THURSDAY);
    assertThat(anchor.inferred()).isTrue();
    assertThat(anchor.how()).contains("2 of 2");
  }

  @Test
  void weekdaysRuleOutDatesBeforeTheEventsTheyName() {
    // the dated article is from Monday; the undated one reports Wednesday's vote, so it is later
    StoryArticle dated =
        SeedStory.article(
            "dated",
            "The vote is scheduled for Wednesday. It was called on Saturday.",
            LocalDate.of(2025, 5, 12));
    StoryArticle undated =
        SeedStory.article(
            "undated", "Parliament voted on Wednesday. The vote was called on Saturday.", null);
    AnchorDate anchor =
        PublicationDateInferrer.create().infer(List.of(dated, undated)).get("undated");
    assertThat(anchor.date()).isBetween(LocalDate.of(2025, 5, 14), LocalDate.of(2025, 5, 16));
  }

  @Test
  void withoutAnyPublishedDateExplicitDatesInTheTextsAnchorTheStory() {
    StoryArticle a = SeedStory.article("a", "The summit opened on May 15, 2025 in Geneva.", null);
    StoryArticle b = SeedStory.article("b", "Leaders met at the summit on Thursday.", null);
    Map<String, AnchorDate> anchors = PublicationDateInferrer.create().infer(List.of(a, b));
    assertThat(anchors.get("b").date()).isBetween(THURSDAY, THURSDAY.plusDays(6));
    assertThat(anchors.get("b").how()).contains("explicit dates");
  }

  @Test
  void storyWithoutAnyDateHasNoAnchorAndSaysWhy() {
    AnchorDate anchor =
        PublicationDateInferrer.create()
            .infer(List.of(SeedStory.article("a", "Leaders met on Thursday.", null)))
            .get("a");
    assertThat(anchor.isPresent()).isFalse();
    assertThat(anchor.how()).contains("no publication date");
    assertThat(
            TimelineBuilder.create()
                .build(
                    List.of(
                        SeedStory.article("a", "Leaders met on Thursday in a big hall.", null))))
        .isEmpty();
  }
}
