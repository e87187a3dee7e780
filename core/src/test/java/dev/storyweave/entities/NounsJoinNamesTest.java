package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.testdata.SharedData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A common noun joins the name it stands for (its head ends the name, or the name modifies it), and
 * a game's final score is a mention of its own. Invented articles of invented events.
 */
class NounsJoinNamesTest {

  private static List<StoryArticle> story(String... texts) {
    List<StoryArticle> story = new ArrayList<>();
    for (String text : texts) {
      story.add(SharedData.article("a" + story.size(), text));
    }
    return story;
  }

  private static Optional<Entity> withMention(List<Entity> entities, String text) {
    return CommonNounReferencesTest.withMention(entities, text);
  }

  @Test
  void theNounJoinsTheOneNameThatEndsInIt() {
    List<Entity> entities =
        EntityResolver.withReferences()
            .resolve(
                story(
                    "Pastor Ilse Marwood spoke at Harrowgate Bible Church on Sunday. The church"
                        + " was full.",
                    "Ilse Marwood addressed a full church in Harrowgate. Marwood thanked the"
                        + " congregation."));
    Entity church = withMention(entities, "Harrowgate Bible Church").orElseThrow();
    assertThat(church.mentions()).extracting(Mention::text).contains("church");
    assertThat(church.mentions()).extracting(Mention::article).contains("a0", "a1");
  }

  @Test
  void aProductNameBeforeTheNounIsWhatTheNounNamesButAPlaceIsNot() {
    List<Entity> entities =
        EntityResolver.withReferences()
            .resolve(
                story(
                    "Quillon released a fix for the Quillon Navigator software on Monday. The"
                        + " software had a flaw. A Denver man found it.",
                    "The software was patched after a man reported the flaw. Quillon Navigator"
                        + " is used by millions."));
    Entity navigator = withMention(entities, "Quillon Navigator").orElseThrow();
    assertThat(navigator.mentions())
        .extracting(Mention::text)
        .contains("Quillon Navigator software", "software");
    // "A Denver man" is a man from Denver, not Denver: the place keeps apart from the man.
    Entity man = withMention(entities, "Denver man").orElseThrow();
    assertThat(man.type()).isEqualTo(dev.storyweave.model.EntityType.PERSON);
    assertThat(man.mentions()).extracting(Mention::text).doesNotContain("Denver");
  }

  @Test
  void aFinalScoreIsOneMentionPerArticleAndOneEntityAcrossThem() {
    String first = "The Harbor Hawks beat the Lakeside Owls 31-24 on Sunday, on 2009-10-12.";
    String second = "Lakeside lost 31 - 24 to the Harbor Hawks in overtime.";
    List<Entity> entities = EntityResolver.withReferences().resolve(story(first, second));
    List<Entity> scores =
        entities.stream()
            .filter(e -> e.mentions().stream().anyMatch(m -> m.text().matches("31 ?- ?24")))
            .toList();
    assertThat(scores).hasSize(1);
    assertThat(scores.get(0).mentions()).extracting(Mention::article).containsOnly("a0", "a1");
    // A date is no score, and every offset points at its text.
    for (Entity entity : entities) {
      for (Mention m : entity.mentions()) {
        assertThat(m.text()).doesNotContain("2009");
        String text = m.article().equals("a0") ? first : second;
        assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
      }
    }
  }

  @Test
  void aQuotedNicknameCutInHalfIsNotAGivenName() {
    assertThat(NameSimilarity.words("Ace' Morrow")).containsExactly("morrow");
    assertThat(NameSimilarity.words("Ace\" Morrow")).containsExactly("morrow");
    assertThat(NameSimilarity.words("Dana O'Brien")).containsExactly("dana", "obrien");
    assertThat(NameSimilarity.words("Morrow'")).containsExactly("morrow");
  }

  @Test
  void aCommonNounOpeningASentenceIsAMentionThoughCapitalised() {
    List<Entity> entities =
        EntityResolver.withReferences()
            .resolve(
                story(
                    "A fire destroyed a barn near Ollersby on Friday. Firefighters worked through"
                        + " the night, and police closed the road. Police said the cause was"
                        + " unknown.",
                    "\"Prosecutors will look at it,\" Ollersby officials said of the barn fire."));
    Entity police = withMention(entities, "Police").orElseThrow();
    assertThat(police.mentions()).extracting(Mention::text).contains("police", "Police");
    assertThat(withMention(entities, "Firefighters")).isPresent();
    assertThat(withMention(entities, "Prosecutors")).isPresent();
    // The place keeps its own entity: a capitalised name is never read as a common noun.
    Entity place = withMention(entities, "Ollersby").orElseThrow();
    assertThat(place.mentions()).extracting(Mention::text).containsOnly("Ollersby");
  }

  @Test
  void aNameWithOneLowerCaseWordBeforeTheHeadModifiesThePhrase() {
    String text =
        "Fire crews were called to the Brackwell chemical plant on Sunday. The plant was"
            + " evacuated. Brackwell has run the site since 1990.";
    List<Entity> entities = EntityResolver.withReferences().resolve(story(text));
    Entity plant = withMention(entities, "Brackwell chemical plant").orElseThrow();
    assertThat(plant.mentions()).extracting(Mention::text).contains("plant");
    Mention phrase =
        plant.mentions().stream()
            .filter(m -> m.text().equals("Brackwell chemical plant"))
            .findFirst()
            .orElseThrow();
    assertThat(text.substring(phrase.start(), phrase.end())).isEqualTo(phrase.text());
    // The name inside the phrase is not also a mention of its own there.
    for (Entity entity : entities) {
      assertThat(entity.mentions())
          .noneMatch(m -> m.text().equals("Brackwell") && m.start() == phrase.start());
    }
  }
}
