package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.EntityType;
import org.junit.jupiter.api.Test;

class NounSensesTest {

  private final NounSenses senses = NounSenses.shared();

  @Test
  void participantsAreTypedAndLemmatised() {
    assertThat(senses.participant("women"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.lemma()).isEqualTo("woman");
              assertThat(s.type()).isEqualTo(EntityType.PERSON);
              assertThat(s.group()).isTrue();
            });
    assertThat(senses.participant("Actress"))
        .hasValueSatisfying(
            s -> {
              assertThat(s.type()).isEqualTo(EntityType.PERSON);
              assertThat(s.group()).isFalse();
            });
    assertThat(senses.participant("police"))
        .hasValueSatisfying(s -> assertThat(s.type()).isEqualTo(EntityType.ORGANIZATION));
    assertThat(senses.participant("warehouse")).isPresent();
    assertThat(senses.participant("island"))
        .hasValueSatisfying(s -> assertThat(s.type()).isEqualTo(EntityType.PLACE));
  }

  @Test
  void eventsTimesAndIdeasAreNoParticipants() {
    for (String word : new String[] {"fire", "murder", "night", "season", "election", "idea"}) {
      assertThat(senses.participant(word)).as(word).isEmpty();
    }
  }

  @Test
  void abbreviationsThatSpellAChemicalElementAreNoParticipants() {
    for (String word : new String[] {"co", "Co", "am", "p", "re", "mn", "at"}) {
      assertThat(senses.participant(word)).as(word).isEmpty();
    }
    // Three letters is a word: "the cop", "his mom".
    assertThat(senses.participant("cop")).isPresent();
    assertThat(senses.participant("mom")).isPresent();
  }

  @Test
  void oddInputIsUnknownNotAnError() {
    for (String word : new String[] {"", " ", "x".repeat(500), "%%%", "qwzrtx", "co-worker's"}) {
      assertThat(senses.participant(word)).as(word).isNotNull();
    }
  }

  @Test
  void genderedPersonNounsCarryTheirGender() {
    assertThat(senses.female("Girl")).contains(true);
    assertThat(senses.female("woman")).contains(true);
    assertThat(senses.female("boy")).contains(false);
    assertThat(senses.female("man")).contains(false);
    assertThat(senses.female("driver")).isEmpty();
    assertThat(senses.female("warehouse")).isEmpty();
    assertThat(senses.female("qwzxv")).isEmpty();
  }
}
