package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityLink;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Invented names only: each case is one story linked against a hand-made store. */
class StoreEntityLinkerTest {

  private final StoreEntityLinker linker = StoreEntityLinker.create();

  private static Entity entity(EntityType type, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    int offset = 0;
    for (String form : forms) {
      mentions.add(new Mention(form, "story-article", offset, offset + form.length()));
      offset += form.length() + 1;
    }
    return new Entity(forms[0], type, mentions, List.of());
  }

  private static StoreEntity stored(
      String id, EntityType type, List<String> context, String... forms) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String form : forms) {
      counts.merge(form, 3, Integer::sum);
    }
    Map<String, Integer> cooccurring = new LinkedHashMap<>();
    for (String other : context) {
      cooccurring.put(other, 2);
    }
    return new StoreEntity(id, forms[0], type, counts, cooccurring);
  }

  /** The store, searched naively: every store entity is a candidate for every story entity. */
  private List<EntityLink> link(List<Entity> story, StoreEntity... store) {
    return linker.link(story, e -> List.of(store));
  }

  private static final StoreEntity HARBOUR_CITY =
      stored("E1", EntityType.PLACE, List.of("E2", "E3"), "Port Velmar");
  private static final StoreEntity COUNCIL =
      stored("E2", EntityType.ORGANIZATION, List.of("E1", "E3"), "Velmar Harbour Council");
  private static final StoreEntity KOWALCZYK =
      stored("E3", EntityType.PERSON, List.of("E1", "E2"), "Anneliese Kowalczyk", "Kowalczyk");

  @Test
  void theSameFullNameLinksWithoutContext() {
    List<EntityLink> links =
        link(List.of(entity(EntityType.PERSON, "Anneliese Kowalczyk")), KOWALCZYK);
    assertThat(links.get(0).storeEntityId()).isEqualTo("E3");
    assertThat(links.get(0).evidence()).isEqualTo("same name");
  }

  @Test
  void aGarbledSpellingLinksOnlyWhenTheStoryAroundItMatches() {
    Entity garbled = entity(EntityType.PERSON, "Anneliese Kowalcyk", "Kowalcyk");
    Entity city = entity(EntityType.PLACE, "Port Velmar");

    List<EntityLink> withContext = link(List.of(garbled, city), HARBOUR_CITY, COUNCIL, KOWALCZYK);
    assertThat(withContext.get(0).storeEntityId()).isEqualTo("E3");
    assertThat(withContext.get(0).evidence()).startsWith("spelling variant, 1 shared");
    assertThat(withContext.get(1).storeEntityId()).isEqualTo("E1");

    List<EntityLink> alone = link(List.of(garbled), HARBOUR_CITY, COUNCIL, KOWALCZYK);
    assertThat(alone.get(0).isNew()).isTrue();
  }

  @Test
  void twoPeopleSharingAFirstNameStayApartEvenInTheSameContext() {
    Entity other = entity(EntityType.PERSON, "Anneliese Brandvold", "Brandvold");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    Entity council = entity(EntityType.ORGANIZATION, "Velmar Harbour Council");
    List<EntityLink> links = link(List.of(other, city, council), HARBOUR_CITY, COUNCIL, KOWALCZYK);
    assertThat(links.get(0).isNew()).isTrue();
    assertThat(links.get(1).storeEntityId()).isEqualTo("E1");
    assertThat(links.get(2).storeEntityId()).isEqualTo("E2");
  }

  @Test
  void lookAlikeGivenNamesWithOneSurnameStayApart() {
    StoreEntity marek = stored("E7", EntityType.PERSON, List.of("E1"), "Marek Oduya", "Oduya");
    Entity mirela = entity(EntityType.PERSON, "Mirela Oduya");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    assertThat(link(List.of(mirela, city), HARBOUR_CITY, marek).get(0).isNew()).isTrue();
  }

  @Test
  void aSurnameAloneNeedsContextAndOneClearCandidate() {
    Entity surname = entity(EntityType.PERSON, "Kowalczyk");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    assertThat(link(List.of(surname), KOWALCZYK).get(0).isNew()).isTrue();
    EntityLink linked = link(List.of(surname, city), HARBOUR_CITY, KOWALCZYK).get(0);
    assertThat(linked.storeEntityId()).isEqualTo("E3");
    assertThat(linked.evidence()).startsWith("surname only");

    // Two store people with that surname, both seen with the city: no way to tell which.
    StoreEntity sibling =
        stored("E9", EntityType.PERSON, List.of("E1"), "Tomasz Kowalczyk", "Kowalczyk");
    assertThat(link(List.of(surname, city), HARBOUR_CITY, KOWALCZYK, sibling).get(0).isNew())
        .isTrue();
  }

  @Test
  void aPersonIsNeverAPlaceOfTheSameName() {
    StoreEntity place = stored("E5", EntityType.PLACE, List.of("E1"), "Carrow Mill");
    Entity person = entity(EntityType.PERSON, "Carrow Mill");
    assertThat(link(List.of(person), place).get(0).isNew()).isTrue();
  }

  @Test
  void aOneWordNameTypedByItsSentenceJoinsAWellAttestedEntityOfAnotherTypeOnlyWithContext() {
    StoreEntity town =
        stored("E8", EntityType.PLACE, List.of("E1", "E2"), "Dravograd", "Dravogradt");
    Entity garbledSpeaker = entity(EntityType.PERSON, "Dravogrod");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    Entity council = entity(EntityType.ORGANIZATION, "Velmar Harbour Council");
    EntityLink linked =
        link(List.of(garbledSpeaker, city, council), HARBOUR_CITY, COUNCIL, town).get(0);
    assertThat(linked.storeEntityId()).isEqualTo("E8");
    assertThat(linked.evidence()).startsWith("one-word name typed otherwise");
    assertThat(link(List.of(garbledSpeaker, city), HARBOUR_CITY, town).get(0).isNew()).isTrue();
    Entity fullName = entity(EntityType.PERSON, "Ivo Dravograd");
    assertThat(link(List.of(fullName, city, council), HARBOUR_CITY, COUNCIL, town).get(0).isNew())
        .isTrue();
  }

  @Test
  void twoPlacesCldrKnowsApartNeverLinkHoweverAlikeTheyLook() {
    StoreEntity austria = stored("E5", EntityType.PLACE, List.of("E1"), "Austria");
    Entity australia = entity(EntityType.PLACE, "Australia");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    assertThat(link(List.of(australia, city), HARBOUR_CITY, austria).get(0).isNew()).isTrue();
    Entity other = entity(EntityType.PLACE, "Österreich", "Austria");
    assertThat(link(List.of(other), austria).get(0).storeEntityId()).isEqualTo("E5");
  }

  @Test
  void aTransliteratedPlaceLinksWithContext() {
    StoreEntity river = stored("E6", EntityType.PLACE, List.of("E1"), "Dnipro Bend");
    Entity cyrillic = entity(EntityType.PLACE, "Днипро Бенд");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    assertThat(link(List.of(cyrillic, city), HARBOUR_CITY, river).get(0).storeEntityId())
        .isEqualTo("E6");
  }

  @Test
  void twoEntitiesOfOneStoryNeverShareAStoreEntity() {
    Entity full = entity(EntityType.PERSON, "Anneliese Kowalczyk", "Anneliese Kowalczyk");
    Entity again = entity(EntityType.PERSON, "Anneliese Kowalczyk");
    List<EntityLink> links = link(List.of(full, again), KOWALCZYK);
    assertThat(links.get(0).storeEntityId()).isEqualTo("E3");
    assertThat(links.get(1).isNew()).isTrue();
  }

  @Test
  void anAcronymLinksToItsExpansionWithContext() {
    Entity acronym = entity(EntityType.ORGANIZATION, "VHC");
    Entity city = entity(EntityType.PLACE, "Port Velmar");
    assertThat(link(List.of(acronym, city), HARBOUR_CITY, COUNCIL).get(0).storeEntityId())
        .isEqualTo("E2");
  }

  @Test
  void searchKeysShareAKeyForVariantsThatCanLink() {
    assertThat(linker.searchKeys("Kowalcyk")).containsAnyElementsOf(linker.searchKeys("Kowalczyk"));
    assertThat(linker.searchKeys("Днипро")).containsAnyElementsOf(linker.searchKeys("Dnipro"));
    assertThat(linker.searchKeys("Qaddafi")).containsAnyElementsOf(linker.searchKeys("Gaddafi"));
    assertThat(linker.searchKeys("  ")).isEmpty();
  }

  @Test
  void theCanonicalNameIsTheBestAttestedFullForm() {
    Map<String, Integer> forms = new LinkedHashMap<>();
    forms.put("Kowalczyk", 30);
    forms.put("Anneliese Kowalcyk", 1);
    forms.put("Anneliese Kowalczyk", 4);
    forms.put("ANNELIESE KOWALCZYK", 6);
    assertThat(linker.canonicalName(forms)).isEqualTo("Anneliese Kowalczyk");
  }
}
