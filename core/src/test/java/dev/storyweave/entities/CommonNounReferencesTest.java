package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pronouns and common nouns attach to entities with references on, and stay out of the report's
 * entity list. Invented articles of one invented event.
 */
class CommonNounReferencesTest {

  private static final String FIRST =
      "A warehouse owned by Dunmore Dairy burned down early on Tuesday. Firefighters said the fire"
          + " started in the roof. The company said nobody was inside. Police arrested a man,"
          + " Tobias Renwick, near the warehouse. He was released on bail.";
  private static final String SECOND =
      "Investigators are looking into the fire that destroyed the Dunmore Dairy warehouse."
          + " Tobias Renwick, 32, denied any part in it. He told reporters he had been at home.";

  private static List<StoryArticle> story() {
    return List.of(SharedData.article("a0", FIRST), SharedData.article("a1", SECOND));
  }

  /** Entities with references over invented articles a0, a1, ... of one story. */
  private static List<Entity> references(String... texts) {
    List<StoryArticle> story = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      story.add(SharedData.article("a" + i, texts[i]));
    }
    return EntityResolver.withReferences().resolve(story);
  }

  static Optional<Entity> withMention(List<Entity> entities, String text) {
    return entities.stream()
        .filter(e -> e.mentions().stream().anyMatch(m -> m.text().equals(text)))
        .findFirst();
  }

  @Test
  void pronounsJoinThePersonAndParticipantNounsBecomeMentions() {
    List<Entity> entities = EntityResolver.withReferences().resolve(story());
    Entity renwick = withMention(entities, "Tobias Renwick").orElseThrow();
    assertThat(renwick.mentions()).extracting(Mention::text).contains("He");
    assertThat(renwick.mentions().stream().filter(m -> m.text().equals("Tobias Renwick")))
        .hasSize(2);
    // The warehouse is a participant in both articles, and one entity there.
    Entity warehouse = withMention(entities, "warehouse").orElseThrow();
    assertThat(warehouse.mentions()).extracting(Mention::article).contains("a0", "a1");
    // The fire is the event, not a participant.
    assertThat(withMention(entities, "fire")).isEmpty();
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        String text = m.article().equals("a0") ? FIRST : SECOND;
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void theReportListsNamesOnly() {
    List<Entity> entities = EntityResolver.create().resolve(story());
    assertThat(entities).isNotEmpty();
    for (Entity entity : entities) {
      assertThat(entity.name().toLowerCase(Locale.ROOT))
          .isNotIn("he", "she", "they", "him", "her", "it", "warehouse", "company", "man");
      assertThat(entity.mentions()).extracting(Mention::text).doesNotContain("He", "warehouse");
    }
  }

  @Test
  void aGenderedNounJoinsTheOnePersonOfItsGenderAndARoleBeforeACommaJoinsTheName() {
    String first =
        "Mirela Dastan was hit by a van on Friday. She died at the scene. Police said the"
            + " driver, Osric Pell, stopped. He was not hurt. Dastan was 70; she lived nearby.";
    String second =
        "A woman was killed by a van in Harrow on Friday. The woman, a grandmother, was crossing"
            + " the road. The driver was questioned. Mirela Dastan had lived there since 1990.";
    List<Entity> entities = references(first, second);
    Entity dastan = withMention(entities, "Mirela Dastan").orElseThrow();
    assertThat(dastan.mentions()).extracting(Mention::text).contains("woman", "She");
    Entity pell = withMention(entities, "Osric Pell").orElseThrow();
    assertThat(pell.mentions())
        .extracting(Mention::text)
        .contains("driver")
        .doesNotContain("woman");
    assertThat(dastan.mentions()).extracting(Mention::text).doesNotContain("driver");
  }

  @Test
  void aRoleBeforeANameAndARegionAfterAPlaceAreOnePhraseWithIt() {
    String text =
        "Coach Dana Reyes was fired on Monday. The team said coach Dana Reyes had lost its trust."
            + " Reyes moved to Lyon, France, last year. He opened a store in Grenoble, France.";
    List<Entity> entities = references(text);
    Entity reyes = withMention(entities, "coach Dana Reyes").orElseThrow();
    assertThat(reyes.mentions()).extracting(Mention::text).doesNotContain("coach");
    Entity lyon = withMention(entities, "Lyon, France").orElseThrow();
    assertThat(lyon.type()).isEqualTo(dev.storyweave.model.EntityType.PLACE);
    assertThat(withMention(entities, "France")).isEmpty();
    assertThat(withMention(entities, "store in Grenoble, France")).isPresent();
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
    // The report's names keep both places apart.
    assertThat(EntityResolver.create().resolve(List.of(SharedData.article("a0", text))))
        .extracting(Entity::name)
        .contains("Lyon", "France");
  }

  @Test
  void theCompanyIsTheOneTheStoryIsAboutAndPoliceAreNoPerson() {
    String first =
        "Quorvex Corp. recalled its heaters on Monday. Quorvex said the fault was rare. The"
            + " company will replace every unit, Quorvex added. A rival, Brightline Inc., said"
            + " nothing.";
    String second =
        "Quorvex is recalling heaters. The company said customers should stop using them."
            + " Quorvex shares fell.";
    List<Entity> entities = references(first, second);
    Entity quorvex = withMention(entities, "Quorvex Corp.").orElseThrow();
    assertThat(quorvex.mentions()).extracting(Mention::text).contains("company");

    String third =
        "Ivo Marsh was arrested on Friday. Police said he had fled the scene, and police said he"
            + " would appear in court.";
    List<Entity> arrest = references(third);
    Entity marsh = withMention(arrest, "Ivo Marsh").orElseThrow();
    assertThat(marsh.mentions()).extracting(Mention::text).containsOnlyOnce("Ivo Marsh");
    assertThat(marsh.mentions().stream().filter(m -> m.text().equals("he"))).hasSize(2);
  }

  @Test
  void aPronounAfterAnUnnamedPersonPrefersTheNamedOneJustBefore() {
    String text = "Nadia Orlov arrived at the gala late. The actress waved as she walked in.";
    List<Entity> entities = references(text);
    Entity orlov = withMention(entities, "Nadia Orlov").orElseThrow();
    assertThat(orlov.mentions()).extracting(Mention::text).contains("she");
  }

  @Test
  void aCapitalisedOneWordNameJoinsTheSameNounWrittenLowerCase() {
    String first = "The Navy seized a boat on Monday. The navy said three men were held.";
    String second = "A navy patrol stopped the boat. The Navy has patrolled the strait for years.";
    List<Entity> entities = references(first, second);
    Entity navy = withMention(entities, "Navy").orElseThrow();
    assertThat(navy.mentions()).extracting(Mention::text).contains("navy");
  }
}
