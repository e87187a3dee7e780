package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VariantEntityResolverTest {

  private static List<Entity> resolve(EntityType type, String... names) {
    List<EntityMention> mentions = new ArrayList<>();
    int offset = 0;
    for (String name : names) {
      mentions.add(
          new EntityMention(
              new Mention(name, "a", offset, offset + name.length()), type, null, 0.6));
      offset += name.length() + 1;
    }
    return EntityResolver.create().resolveMentions(mentions, List.of());
  }

  private static Set<Set<String>> groups(List<Entity> entities) {
    return entities.stream()
        .map(e -> e.mentions().stream().map(Mention::text).collect(Collectors.toSet()))
        .collect(Collectors.toSet());
  }

  @Test
  void fullShortAndTransliteratedFormsJoin() {
    List<Entity> entities =
        resolve(
            EntityType.PERSON,
            "Antony Blinken",
            "Blinken",
            "Alexei Navalny",
            "Navalnyi",
            "Навальный",
            "Muammar Gaddafi",
            "Qaddafi",
            "Muammar al-Qaddafi");
    assertThat(groups(entities))
        .containsExactlyInAnyOrder(
            Set.of("Antony Blinken", "Blinken"),
            Set.of("Alexei Navalny", "Navalnyi", "Навальный"),
            Set.of("Muammar Gaddafi", "Qaddafi", "Muammar al-Qaddafi"));
    assertThat(entities).extracting(Entity::name).contains("Antony Blinken", "Alexei Navalny");
  }

  @Test
  void sharedFirstNamesNeverMerge() {
    List<Entity> entities =
        resolve(EntityType.PERSON, "John Harlow", "John Barlow", "John", "Harlow", "Jon Harlow");
    assertThat(groups(entities))
        .containsExactlyInAnyOrder(
            Set.of("John Harlow", "Harlow", "Jon Harlow"), Set.of("John Barlow"), Set.of("John"));
  }

  @Test
  void aSurnameSharedByTwoPeopleGoesToTheOneNamedInTheSameArticle() {
    List<EntityMention> mentions =
        List.of(
            person("George Bush", "a"), person("Bush", "a"),
            person("Laura Bush", "b"), person("Bush", "b"));
    List<Entity> entities = EntityResolver.create().resolveMentions(mentions, List.of());
    assertThat(entities).hasSize(2);
    for (Entity entity : entities) {
      assertThat(entity.mentions().stream().map(Mention::article).distinct()).hasSize(1);
    }
  }

  @Test
  void knownEntitiesLendTheirCanonicalName() {
    Entity known =
        new Entity(
            "Kharkiv", EntityType.PLACE, List.of(new Mention("Kharkiv", "old", 0, 7)), List.of());
    List<EntityMention> mentions =
        List.of(new EntityMention(new Mention("Kharkov", "a", 0, 7), EntityType.PLACE, null, 0.6));
    List<Entity> entities = EntityResolver.create().resolveMentions(mentions, List.of(known));
    assertThat(entities).singleElement().extracting(Entity::name).isEqualTo("Kharkiv");
  }

  @Test
  void aSurnameOnlyTheSideCharactersShareGoesToTheMainPersonElsewhere() {
    List<EntityMention> mentions = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      mentions.add(person("Nora Quist", "a" + i));
    }
    mentions.add(person("Edvin Quist", "b"));
    mentions.add(person("Quist", "c"));
    mentions.add(person("Quist", "b"));
    List<Entity> entities = EntityResolver.create().resolveMentions(mentions, List.of());
    assertThat(groups(entities)).hasSize(2);
    Entity main =
        entities.stream().filter(e -> e.name().equals("Nora Quist")).findFirst().orElseThrow();
    Entity side =
        entities.stream().filter(e -> e.name().equals("Edvin Quist")).findFirst().orElseThrow();
    assertThat(main.mentions()).extracting(Mention::article).contains("c").doesNotContain("b");
    assertThat(side.mentions()).extracting(Mention::article).containsOnly("b");
  }

  @Test
  void aSurnameTypedAsAPlaceByItsContextStillJoinsItsPerson() {
    List<EntityMention> mentions =
        List.of(
            person("Marta Ellery", "a"),
            person("Marta Ellery", "b"),
            person("Marta Ellery", "c"),
            new EntityMention(new Mention("Ellery", "a", 20, 26), EntityType.PLACE, null, 0.6));
    assertThat(groups(EntityResolver.create().resolveMentions(mentions, List.of())))
        .containsExactly(Set.of("Marta Ellery", "Ellery"));
  }

  @Test
  void aTeamsShortNameJoinsItsFullName() {
    List<EntityMention> mentions =
        List.of(
            new EntityMention(
                new Mention("Port Alder Herons", "a", 0, 17), EntityType.ORGANIZATION, null, 0.85),
            new EntityMention(new Mention("Herons", "b", 0, 6), EntityType.PERSON, null, 0.7),
            new EntityMention(
                new Mention("Brightfield Corp.", "a", 30, 47), EntityType.ORGANIZATION, null, 0.85),
            new EntityMention(
                new Mention("Brightfield", "b", 20, 31), EntityType.OTHER, null, 0.3));
    assertThat(groups(EntityResolver.create().resolveMentions(mentions, List.of())))
        .containsExactlyInAnyOrder(
            Set.of("Port Alder Herons", "Herons"), Set.of("Brightfield Corp.", "Brightfield"));
  }

  private static EntityMention person(String name, String article) {
    return new EntityMention(
        new Mention(name, article, 0, name.length()), EntityType.PERSON, null, 0.6);
  }

  @Test
  void aTruncatedGivenNameIsTheSamePerson() {
    List<Entity> entities =
        resolve(
            EntityType.PERSON, "Fred Holloway", "Frederick Holloway", "Holloway", "Ed Holloway");
    assertThat(groups(entities))
        .containsExactlyInAnyOrder(
            Set.of("Fred Holloway", "Frederick Holloway"),
            Set.of("Ed Holloway"),
            // Two people share the surname in one article: it stays apart.
            Set.of("Holloway"));
  }

  @Test
  void oneLexicalCueOutweighsManyContextCues() {
    List<EntityMention> mentions = new ArrayList<>();
    mentions.add(
        new EntityMention(
            new Mention("Quorvex Corp.", "a", 0, 13), EntityType.ORGANIZATION, null, 0.85));
    for (int i = 1; i <= 5; i++) {
      // "Quorvex said": a speech verb reads like a person's.
      mentions.add(
          new EntityMention(
              new Mention("Quorvex", "a", i * 20, i * 20 + 7), EntityType.PERSON, null, 0.7));
    }
    List<Entity> entities = EntityResolver.create().resolveMentions(mentions, List.of());
    assertThat(entities).hasSize(1);
    assertThat(entities.get(0).type()).isEqualTo(EntityType.ORGANIZATION);
  }

  /**
   * Mentions of one article at the given offsets, persons typed by context, one optionally titled.
   */
  private static List<EntityMention> article(String article, int gap, String... names) {
    List<EntityMention> mentions = new ArrayList<>();
    int offset = 0;
    for (String name : names) {
      String title = name.startsWith("Prime Minister ") ? "Prime Minister" : null;
      String bare = title == null ? name : name.substring(title.length() + 1);
      mentions.add(
          new EntityMention(
              new Mention(bare, article, offset, offset + bare.length()),
              EntityType.PERSON,
              title,
              title == null ? 0.6 : 0.9));
      offset += bare.length() + gap;
    }
    return mentions;
  }

  @Test
  void aSurnameGarbledPastRecognitionJoinsWhenItKeepsTheSameCompany() {
    List<EntityMention> mentions = new ArrayList<>();
    mentions.addAll(
        article(
            "a", 20, "Hanna Kowalczyk", "Pieter Brandt", "Lise Aune", "Prime Minister Tomas Velk"));
    // A machine-translated copy: the same four leaders listed, one surname mangled.
    mentions.addAll(
        article("b", 20, "Pieter Brandt", "Hanna Kowalczyk", "Lise Aune", "Tomas Valt"));
    List<Entity> entities = EntityResolver.create().resolveMentions(mentions, List.of());
    assertThat(groups(entities)).contains(Set.of("Tomas Velk", "Tomas Valt"));
    // The form an outlet introduced with a title names the entity.
    assertThat(entities)
        .extracting(Entity::name)
        .contains("Tomas Velk")
        .doesNotContain("Tomas Valt");
  }

  @Test
  void aLookAlikeSurnameWithoutSharedCompanyOrInTheSameArticleStaysApart() {
    List<EntityMention> alone = new ArrayList<>();
    alone.addAll(article("a", 20, "Hanna Kowalczyk", "Pieter Brandt", "Tomas Velk"));
    alone.addAll(article("b", 20, "Tomas Valt", "Ida Morn"));
    assertThat(groups(EntityResolver.create().resolveMentions(alone, List.of())))
        .contains(Set.of("Tomas Velk"), Set.of("Tomas Valt"));
    List<EntityMention> together = new ArrayList<>();
    together.addAll(
        article("a", 20, "Hanna Kowalczyk", "Pieter Brandt", "Tomas Velk", "Tomas Valt"));
    together.addAll(article("b", 20, "Pieter Brandt", "Hanna Kowalczyk", "Ida Morn"));
    assertThat(groups(EntityResolver.create().resolveMentions(together, List.of())))
        .contains(Set.of("Tomas Velk"), Set.of("Tomas Valt"));
  }

  @Test
  void organisationNamesWithTheSameOwnWordsJoinInAnyOrder() {
    List<Entity> entities =
        resolve(
            EntityType.ORGANIZATION,
            "Institute for the Study of Tides",
            "Tides Institute",
            "Ministry of Foreign Affairs of France",
            "Ministry of Foreign Affairs of Germany",
            "National Security Council",
            "National Economic Council");
    assertThat(groups(entities))
        .containsExactlyInAnyOrder(
            Set.of("Institute for the Study of Tides", "Tides Institute"),
            Set.of("Ministry of Foreign Affairs of France"),
            Set.of("Ministry of Foreign Affairs of Germany"),
            Set.of("National Security Council"),
            Set.of("National Economic Council"));
  }

  @Test
  void anAcronymJoinsItsLongFormWhateverTheContextsTypedThem() {
    List<EntityMention> mentions =
        List.of(
            // "a flaw in Quill Reader" reads like a place; "QR said" like a speaker
            new EntityMention(new Mention("Quill Reader", "a", 0, 12), EntityType.PLACE, null, 0.6),
            new EntityMention(new Mention("QR", "b", 0, 2), EntityType.ORGANIZATION, null, 0.7));
    assertThat(groups(EntityResolver.create().resolveMentions(mentions, List.of())))
        .containsExactly(Set.of("Quill Reader", "QR"));
  }
}
