package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.claims.SeedStories;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed story spells its people and places several ways (short forms, transliterations,
 * machine-translation garbles) and has different people sharing a first name. The general
 * assertions hold for any story; the named ones come from reading the seeds.
 */
class SeedStoryEntitiesTest {

  private static List<StoryArticle> story;
  private static List<Entity> entities;

  @BeforeAll
  static void resolve() {
    story = SeedStories.seeds();
    entities = EntityResolver.create().resolve(story);
  }

  private static Entity entityWith(String variant) {
    List<Entity> found =
        entities.stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(variant)))
            .toList();
    assertThat(found).as("entities with a mention %s", variant).hasSize(1);
    return found.get(0);
  }

  private static Set<String> variants(Entity entity) {
    return entity.mentions().stream().map(Mention::text).collect(Collectors.toSet());
  }

  @Test
  void everyMentionIsExactlyItsArticleSubstring() {
    Map<String, String> texts =
        story.stream().collect(Collectors.toMap(StoryArticle::id, a -> a.article().text()));
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        assertThat(texts.get(mention.article()).substring(mention.start(), mention.end()))
            .isEqualTo(mention.text());
      }
    }
  }

  @Test
  void noEntityHoldsTwoFullNamesWithDifferentSurnames() {
    // The one exception is the garbled-surname rule: the same given name in two different
    // articles, in the same company (VariantEntityResolver step 7).
    JaroWinklerSimilarity jw = new JaroWinklerSimilarity();
    for (Entity entity : entities) {
      List<Mention> fullNames = new ArrayList<>();
      for (Mention mention : entity.mentions()) {
        if (entity.type() == EntityType.PERSON && words(mention).size() >= 2) {
          fullNames.add(mention);
        }
      }
      for (Mention a : fullNames) {
        for (Mention b : fullNames) {
          List<String> x = words(a);
          List<String> y = words(b);
          if (x.get(0).equals(y.get(0)) && !a.article().equals(b.article())) {
            continue;
          }
          assertThat(jw.apply(x.get(x.size() - 1), y.get(y.size() - 1)))
              .as("%s and %s in entity %s", x, y, entity.name())
              .isGreaterThan(0.8);
        }
      }
    }
  }

  private static List<String> words(Mention mention) {
    return List.of(TextNormalizer.fold(mention.text()).split("\\s+"));
  }

  @Test
  void personNamesAreFullFormsWhenAFullFormIsAttested() {
    for (Entity entity : entities) {
      boolean fullAttested =
          entity.mentions().stream().anyMatch(m -> m.text().trim().contains(" "));
      if (entity.type() == EntityType.PERSON && fullAttested) {
        assertThat(entity.name()).as("canonical name of %s", variants(entity)).contains(" ");
      }
    }
  }

  @Test
  void spellingsOfTheUkrainianPresidentAreOneEntity() {
    Entity president = entityWith("Zelenskyy");
    assertThat(variants(president))
        .contains("Zelensky", "Zelenki", "Zelenkie", "Volodymyr Zelensky");
    assertThat(president.name()).startsWith("Volodymyr Zelensk");
    assertThat(president.type()).isEqualTo(EntityType.PERSON);
    assertThat(president.roles()).isNotEmpty();
  }

  @Test
  void spellingsOfPlacesAreOneEntity() {
    assertThat(variants(entityWith("Turkey"))).contains("Türkiye", "Turkiye", "Torkie", "Torkiye");
    assertThat(entityWith("Turkey").name()).isEqualTo("Turkey");
    assertThat(variants(entityWith("Kyiv"))).contains("Kiev", "Kief");
    assertThat(variants(entityWith("Dolmabahce Palace"))).contains("Dolmabas Palace");
  }

  @Test
  void garbledAndShortFormsOfOtherPeopleJoinTheirFullNames() {
    assertThat(variants(entityWith("Steve Witkoff"))).contains("Steve Witkov", "Witkoff");
    assertThat(variants(entityWith("Recep Tayyip Erdogan")))
        .contains("Recept Tayyip Erdogan", "Erdogan");
    assertThat(variants(entityWith("Marco Rubio"))).contains("Rubio");
    assertThat(variants(entityWith("Donald Trump"))).contains("Trump");
    assertThat(variants(entityWith("Vladimir Putin"))).contains("Putin");
  }

  @Test
  void peopleSharingAFirstNameStayApart() {
    Function<String, Entity> of = SeedStoryEntitiesTest::entityWith;
    assertThat(of.apply("Donald Trump")).isNotEqualTo(of.apply("Donald Tusk"));
    assertThat(of.apply("Donald Trump")).isNotEqualTo(of.apply("Donald Tass"));
    assertThat(of.apply("Vladimir Putin")).isNotEqualTo(of.apply("Vladimir Medinsky"));
    assertThat(of.apply("Keir Starmer")).isNotEqualTo(of.apply("Kiel Giles"));
  }
}
