package dev.storyweave.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TimelineEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story: one article carries a date header (the day the talks were due), the others have
 * no date and must be placed by inference. The story's key days are a weekend ultimatum, a Sunday
 * proposal of talks and the talks day itself.
 */
class SeedTimelineTest {

  private static List<StoryArticle> story;
  private static LocalDate talksDay;
  private static List<TimelineEvent> timeline;

  @BeforeAll
  static void build() {
    story = SeedStory.load();
    List<LocalDate> dated =
        story.stream().map(a -> a.article().published().value()).filter(Objects::nonNull).toList();
    assertThat(dated).as("seeds with a date header").hasSize(1);
    talksDay = dated.get(0);
    timeline = TimelineBuilder.create().build(story);
  }

  @Test
  void undatedSeedsAreAnchoredNearTheDatedOneAndSaySo() {
    Map<String, AnchorDate> anchors = PublicationDateInferrer.create().infer(story);
    assertThat(anchors).hasSameSizeAs(story);
    for (StoryArticle article : story) {
      AnchorDate anchor = anchors.get(article.id());
      assertThat(anchor.isPresent()).isTrue();
      if (article.article().published().isPresent()) {
        assertThat(anchor.inferred()).isFalse();
        assertThat(anchor.date()).isEqualTo(talksDay);
      } else {
        assertThat(anchor.inferred()).isTrue();
        assertThat(anchor.how()).startsWith("inferred");
        assertThat(anchor.date()).isBetween(talksDay.minusDays(3), talksDay.plusDays(1));
      }
    }
  }

  @Test
  void timelineHasTheKeyDaysOfTheStory() {
    timeline.forEach(e -> System.out.println(e.date() + " " + e.articles() + " " + e.text()));
    Map<LocalDate, Set<String>> articlesByDay = new HashMap<>();
    for (TimelineEvent event : timeline) {
      articlesByDay.computeIfAbsent(event.date(), d -> new HashSet<>()).addAll(event.articles());
    }
    LocalDate weekBefore = talksDay.minusDays(7);
    LocalDate ultimatum =
        weekBefore.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
    LocalDate proposal = ultimatum.plusDays(1);
    assertThat(articlesByDay.get(ultimatum))
        .as("weekend ultimatum %s", ultimatum)
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(articlesByDay.get(proposal))
        .as("Sunday proposal %s", proposal)
        .hasSizeGreaterThanOrEqualTo(3);
    assertThat(articlesByDay.get(talksDay))
        .as("talks day %s", talksDay)
        .hasSizeGreaterThanOrEqualTo(3);
    // the week before the talks is covered day by day, and nothing is dated after them
    long daysInTheWeek =
        articlesByDay.keySet().stream()
            .filter(d -> !d.isBefore(weekBefore) && !d.isAfter(talksDay))
            .count();
    assertThat(daysInTheWeek).isGreaterThanOrEqualTo(5);
    assertThat(timeline)
        .allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(talksDay.plusDays(1)));
  }

  @Test
  void eventsAreSourceSentencesInDateOrderCitingEveryArticle() {
    assertThat(timeline).isNotEmpty();
    Map<String, String> texts = new HashMap<>();
    story.forEach(a -> texts.put(a.id(), a.article().text()));
    LocalDate previous = LocalDate.MIN;
    for (TimelineEvent event : timeline) {
      assertThat(event.date()).isAfterOrEqualTo(previous);
      previous = event.date();
      assertThat(event.spans()).isNotEmpty();
      Set<String> cited = new HashSet<>();
      boolean verbatim = false;
      for (Mention span : event.spans()) {
        assertThat(texts.get(span.article()).substring(span.start(), span.end()))
            .isEqualTo(span.text());
        verbatim |= span.text().equals(event.text());
        cited.add(span.article());
      }
      assertThat(verbatim).as("event text is one of its sentences: %s", event.text()).isTrue();
      assertThat(event.articles()).containsExactlyInAnyOrderElementsOf(cited);
    }
  }
}
