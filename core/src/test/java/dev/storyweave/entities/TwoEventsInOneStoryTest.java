package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A story that holds two similar events (two singers in two clinics of one town) keeps the unnamed
 * nouns of each event apart, although every article names the same town. Invented articles.
 */
class TwoEventsInOneStoryTest {

  private static List<StoryArticle> story() {
    return List.of(
        SharedData.article(
            "a0",
            "Singer Mara Velden checked into a clinic in Carrowmere on Monday, her manager Ilse"
                + " Dorn told the Harbour Gazette. The clinic treats exhaustion. Velden cancelled"
                + " her autumn tour with Brightwater Records."),
        SharedData.article(
            "a1",
            "Mara Velden has entered a clinic near Carrowmere. Dorn said the clinic asked fans"
                + " for privacy while Brightwater Records cancels the tour, the Harbour Gazette"
                + " reported."),
        SharedData.article(
            "a2",
            "Drummer Jola Brandt was admitted to a clinic in Carrowmere after a fall on stage"
                + " in Ostend. The clinic said the broken wrist would heal by spring, the Copper"
                + " Wheels wrote on Lindfield Radio."),
        SharedData.article(
            "a3",
            "Jola Brandt fell on stage in Ostend and broke a wrist. The clinic in Carrowmere"
                + " expects the drummer to play again with the Copper Wheels by spring."));
  }

  @Test
  void articlesOfOneEventFormOneGroupAndTheSharedTownDoesNotChainTheTwo() {
    List<StoryArticle> story = story();
    Map<String, Integer> groups =
        ReferenceLinker.articleGroups(story, EntityResolver.create().resolve(story));
    assertThat(groups.get("a0")).isEqualTo(groups.get("a1"));
    assertThat(groups.get("a2")).isEqualTo(groups.get("a3"));
    assertThat(groups.get("a0")).isNotEqualTo(groups.get("a2"));
  }

  @Test
  void theClinicOfOneEventIsNotTheClinicOfTheOther() {
    List<Entity> entities = EntityResolver.withReferences().resolve(story());
    for (Entity entity : entities) {
      List<String> articles =
          entity.mentions().stream()
              .filter(m -> m.text().equalsIgnoreCase("clinic"))
              .map(Mention::article)
              .distinct()
              .toList();
      boolean first = articles.contains("a0") || articles.contains("a1");
      boolean second = articles.contains("a2") || articles.contains("a3");
      assertThat(first && second).as("one clinic entity across both events: %s", entity).isFalse();
    }
    assertThat(entities)
        .filteredOn(e -> e.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase("clinic")))
        .hasSize(2);
  }

  @Test
  void aStoryOfOneArticleIsOneGroup() {
    List<StoryArticle> story = story().subList(0, 1);
    assertThat(ReferenceLinker.articleGroups(story, EntityResolver.create().resolve(story)))
        .containsOnlyKeys("a0");
  }
}
