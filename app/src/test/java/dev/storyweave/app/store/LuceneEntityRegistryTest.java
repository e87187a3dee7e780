package dev.storyweave.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invented stories linked into a registry on disk, across commits, reopens and rollbacks. */
class LuceneEntityRegistryTest {

  @TempDir Path dir;

  /** An entity whose forms each occur once in {@code article}, at increasing offsets. */
  private static Entity entity(EntityType type, String article, int base, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    int offset = base;
    for (String form : forms) {
      mentions.add(new Mention(form, article, offset, offset + form.length()));
      offset += form.length() + 10;
    }
    return new Entity(forms[0], type, mentions, List.of());
  }

  private static Story story(String headline, List<String> articles, Entity... entities) {
    return new Story(
        "story-1",
        headline,
        articles,
        List.of(),
        List.of(entities),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Story firstRun() {
    return story(
        "Harbour council votes on the new pier",
        List.of("a1", "a2"),
        entity(EntityType.PERSON, "a1", 0, "Anneliese Kowalczyk", "Kowalczyk"),
        entity(EntityType.PERSON, "a2", 0, "Tomasz Oduya"),
        entity(EntityType.PLACE, "a1", 500, "Port Velmar"),
        entity(EntityType.ORGANIZATION, "a2", 500, "Velmar Harbour Council"));
  }

  private static String idOf(Story linked, String name) {
    return linked.entities().stream()
        .filter(e -> e.name().equals(name))
        .findFirst()
        .orElseThrow()
        .storeEntityId();
  }

  @Test
  void aVariantInALaterRunLinksToTheStoredEntityAndAnotherPersonStaysApart() throws IOException {
    String kowalczyk;
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      Story linked = registry.link(firstRun());
      kowalczyk = idOf(linked, "Anneliese Kowalczyk");
      assertThat(linked.entities()).allSatisfy(e -> assertThat(e.storeEntityId()).isNotNull());
      assertThat(linked.entities().stream().map(Entity::storeEntityId).distinct()).hasSize(4);
      assertThat(registry.commit()).isEqualTo(4);
    }
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      Story second =
          registry.link(
              story(
                  "Pier vote delayed",
                  List.of("b1"),
                  entity(EntityType.PERSON, "b1", 0, "Anneliese Kowalcyk", "Kowalcyk"),
                  entity(EntityType.PERSON, "b1", 200, "Anneliese Brandvold"),
                  entity(EntityType.PLACE, "b1", 400, "Port Velmar")));
      registry.commit();
      assertThat(idOf(second, "Anneliese Kowalcyk")).isEqualTo(kowalczyk);
      assertThat(idOf(second, "Anneliese Brandvold")).isNotEqualTo(kowalczyk);
      assertThat(second.entities().stream().map(Entity::storeEntityId).distinct()).hasSize(3);

      StoreEntity merged = registry.get(kowalczyk).orElseThrow();
      assertThat(merged.name()).isEqualTo("Anneliese Kowalczyk");
      assertThat(merged.type()).isEqualTo(EntityType.PERSON);
      assertThat(merged.forms())
          .containsEntry("Anneliese Kowalczyk", 1)
          .containsEntry("Kowalczyk", 1)
          .containsEntry("Anneliese Kowalcyk", 1)
          .containsEntry("Kowalcyk", 1);
      assertThat(registry.occurrences(kowalczyk))
          .extracting(o -> o.mention().article())
          .containsOnly("a1", "b1");
      assertThat(registry.stories(kowalczyk))
          .extracting(EntityRegistry.StoredStory::headline)
          .containsExactlyInAnyOrder("Harbour council votes on the new pier", "Pier vote delayed");
      assertThat(registry.find("kowalcyk")).extracting(StoreEntity::id).containsExactly(kowalczyk);
      assertThat(registry.find("Anneliese")).hasSizeGreaterThanOrEqualTo(2);
      assertThat(registry.find(kowalczyk)).extracting(StoreEntity::id).containsExactly(kowalczyk);
    }
  }

  @Test
  void linkingTheSameMentionsAgainCountsThemOnce() throws IOException {
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      Story once = registry.link(firstRun());
      registry.commit();
      Map<String, StoreEntity> before = snapshot(registry);
      Story twice = registry.link(firstRun());
      registry.commit();
      assertThat(twice.entities())
          .extracting(Entity::storeEntityId)
          .isEqualTo(once.entities().stream().map(Entity::storeEntityId).toList());
      assertThat(snapshot(registry)).isEqualTo(before);
      assertThat(registry.size()).isEqualTo(4);
    }
  }

  @Test
  void uncommittedLinksAreDroppedOnCloseAndIdsAreNotReusedAfterACommit() throws IOException {
    String first;
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      first = idOf(registry.link(firstRun()), "Port Velmar");
      registry.commit();
    }
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      registry.link(
          story("Lost", List.of("c1"), entity(EntityType.PLACE, "c1", 0, "Lowmoor Quay")));
      assertThat(registry.find("Lowmoor Quay")).hasSize(1);
    }
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      assertThat(registry.find("Lowmoor Quay")).isEmpty();
      assertThat(registry.size()).isEqualTo(4);
      Story next =
          registry.link(
              story("Kept", List.of("c2"), entity(EntityType.PLACE, "c2", 0, "Eastholm Quay")));
      String id = next.entities().get(0).storeEntityId();
      // a fresh id: none of the committed entities is renamed or overwritten
      assertThat(id).isNotEqualTo(first);
      assertThat(registry.get(first).orElseThrow().name()).isEqualTo("Port Velmar");
      assertThat(registry.size()).isEqualTo(5);
      assertThat(registry.get(id).orElseThrow().name()).isEqualTo("Eastholm Quay");
    }
  }

  @Test
  void aSecondWriterIsRefusedButAReaderSeesTheLastCommit() throws IOException {
    try (EntityRegistry writer = EntityRegistry.open(dir)) {
      writer.link(firstRun());
      writer.commit();
      writer.link(
          story("Pending", List.of("d1"), entity(EntityType.PLACE, "d1", 0, "Lowmoor Quay")));
      assertThatThrownBy(() -> EntityRegistry.open(dir))
          .isInstanceOf(IOException.class)
          .hasMessageContaining("in use by another storyweave process");
      try (EntityRegistry reader = EntityRegistry.openReadOnly(dir)) {
        assertThat(reader.size()).isEqualTo(4);
        assertThat(reader.find("Lowmoor Quay")).isEmpty();
        assertThatThrownBy(() -> reader.link(firstRun())).isInstanceOf(IllegalStateException.class);
      }
    }
  }

  @Test
  void aStoreWithoutARegistryReadsAsEmpty() throws IOException {
    try (EntityRegistry reader = EntityRegistry.openReadOnly(dir.resolve("nowhere"))) {
      assertThat(reader.size()).isZero();
      assertThat(reader.entities(10)).isEmpty();
      assertThat(reader.find("Port Velmar")).isEmpty();
    }
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  @Test
  void oddNamesAndSharedSpansNeverThrowAndKeepCountsConsistent() throws IOException {
    StringBuilder longName = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      longName.append("Velmar ");
    }
    Mention shared = new Mention("Port Velmar", "h1", 40, 51);
    Story hostile =
        story(
            "Hostile",
            List.of("h1"),
            entity(EntityType.OTHER, "h1", 0, "\u2019s", "", "\uD83D\uDE42"),
            entity(EntityType.PERSON, "h1", 100, "Анна Ковальчик", "Ковальчик"),
            entity(EntityType.ORGANIZATION, "h1", 300, longName.toString().strip()),
            new Entity("Port Velmar", EntityType.PLACE, List.of(shared), List.of()),
            new Entity("Velmar", EntityType.PLACE, List.of(shared), List.of()));
    try (EntityRegistry registry = EntityRegistry.open(dir)) {
      registry.link(firstRun());
      Story linked = registry.link(hostile);
      registry.link(hostile);
      registry.commit();
      assertThat(linked.entities().subList(0, 4))
          .allSatisfy(e -> assertThat(e.storeEntityId()).isNotNull());
      // the span is the first entity's; the second has nothing of its own to record
      assertThat(linked.entities().get(4).storeEntityId()).isNull();
      for (StoreEntity entity : registry.entities(1000)) {
        assertThat(registry.occurrences(entity.id())).hasSize(entity.mentionCount());
      }
      assertThat(registry.find("ковальчик")).hasSize(1);
    }
  }

  @Test
  void storyKeysDependOnTheArticlesNotTheirOrder() {
    assertThat(LuceneEntityRegistry.storyKey(List.of("b", "a")))
        .isEqualTo(LuceneEntityRegistry.storyKey(List.of("a", "b")))
        .isNotEqualTo(LuceneEntityRegistry.storyKey(List.of("a", "c")));
  }

  private static Map<String, StoreEntity> snapshot(EntityRegistry registry) throws IOException {
    Map<String, StoreEntity> all = new TreeMap<>();
    for (StoreEntity entity : registry.entities(1000)) {
      all.put(entity.id(), entity);
    }
    return all;
  }
}
