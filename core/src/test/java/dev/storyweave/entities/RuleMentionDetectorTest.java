package dev.storyweave.entities;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.EntityMention;
import dev.storyweave.model.EntityType;
import dev.storyweave.text.TextAnalyzer;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RuleMentionDetectorTest {

  private static List<EntityMention> detect(String text) {
    AnalyzedText analyzed = TextAnalyzer.english().analyze("a", text);
    List<EntityMention> mentions = MentionDetector.english().detect(analyzed);
    for (EntityMention m : mentions) {
      assertThat(text.substring(m.mention().start(), m.mention().end()))
          .isEqualTo(m.mention().text());
    }
    return mentions;
  }

  private static Map<String, EntityMention> byText(String text) {
    return detect(text).stream()
        .collect(Collectors.toMap(m -> m.mention().text(), m -> m, (a, b) -> a));
  }

  @Test
  void titlesAreCutOffAndKeptAsRoles() {
    Map<String, EntityMention> found =
        byText(
            "Secretary of State Antony Blinken met Gen. Mark Halvorsen in Kharkiv on Tuesday,"
                + " and Blinken's aides said little.");
    assertThat(found).containsKeys("Antony Blinken", "Mark Halvorsen", "Kharkiv", "Blinken");
    assertThat(found.get("Antony Blinken").type()).isEqualTo(EntityType.PERSON);
    assertThat(found.get("Antony Blinken").title()).isEqualTo("Secretary of State");
    assertThat(found.get("Mark Halvorsen").type()).isEqualTo(EntityType.PERSON);
    assertThat(found.get("Kharkiv").type()).isEqualTo(EntityType.PLACE);
    assertThat(found).doesNotContainKeys("Tuesday", "Secretary of State Antony Blinken");
  }

  @Test
  void organisationsAndPlacesAreTypedByHeadNounsAndGazetteer() {
    Map<String, EntityMention> found =
        byText(
            "The Ministry of Health in Brazil and the Institute for Fiscal Studies disagree,"
                + " officials at Lake Varnow told reporters.");
    assertThat(found.get("Ministry of Health").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Institute for Fiscal Studies").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Brazil").type()).isEqualTo(EntityType.PLACE);
    assertThat(found.get("Lake Varnow").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void speechVerbsAndRoleNounsMarkPeople() {
    Map<String, EntityMention> found =
        byText("Spokesman Arlo Quint declined to comment. Quint said the talks would go on.");
    assertThat(found.get("Arlo Quint").type()).isEqualTo(EntityType.PERSON);
    assertThat(found.get("Quint").type()).isEqualTo(EntityType.PERSON);
  }

  @Test
  void titleCaseHeadlinesOnlyYieldNamesUsedInProse() {
    List<String> texts =
        detect("Talks Begin Without Major Breakthrough In Sight\nMira Olsen said talks begin.")
            .stream()
            .map(m -> m.mention().text())
            .toList();
    assertThat(texts).containsExactly("Mira Olsen");
  }

  @Test
  void oddTextGivesNoMentionsAndNoErrors() {
    assertThat(detect("   ")).isEmpty();
    assertThat(detect("’s — “” !!! HAVE THE MEETING NOW")).isEmpty();
  }

  @Test
  void aPluralNameAfterTheIsAnOrganisationWhateverFollows() {
    Map<String, EntityMention> found =
        byText(
            "The Harbor City Gulls said on Monday they would appeal. The Gulls lost in the"
                + " Philippines last year.");
    assertThat(found.get("Harbor City Gulls").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Gulls").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(found.get("Philippines").type()).isEqualTo(EntityType.PLACE);
  }

  @Test
  void usStatesArePlacesThoughCldrLeavesThemOut() {
    Map<String, EntityMention> found =
        byText("Officials in Alaska and Montana met the mayor of Wasilla, Alaska, on Monday.");
    assertThat(found.get("Alaska").type()).isEqualTo(EntityType.PLACE);
    assertThat(found.get("Montana").type()).isEqualTo(EntityType.PLACE);
    assertThat(Gazetteer.instance().placeId("alaska")).isNotNull();
  }
}
