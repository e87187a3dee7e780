package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout and abbreviation cases the trained model alone gets wrong. */
class NewsLayoutSentenceTest {

  private static List<String> sentences(String text) {
    return TextAnalyzer.english().analyze("t", text).sentences().stream()
        .map(Sentence::text)
        .toList();
  }

  @Test
  void bareBulletMarkersAreNotSentences() {
    assertThat(sentences("-\nFirst item without period\n-\nSecond item.\n• Third item\n"))
        .containsExactly("First item without period", "Second item.", "Third item");
  }

  @Test
  void headingsStaySeparateFromTheParagraph() {
    assertThat(sentences("Talks Begin Without Leader\nThe talks began on Monday. Nobody came."))
        .containsExactly(
            "Talks Begin Without Leader", "The talks began on Monday.", "Nobody came.");
  }

  @Test
  void hardWrappedProseIsRejoined() {
    assertThat(
            sentences("The minister said the talks\nwould resume next week. Nobody\nbelieved it."))
        .containsExactly(
            "The minister said the talks\nwould resume next week.", "Nobody\nbelieved it.");
  }

  @Test
  void titlesInitialsAndAcronymsDoNotEndSentences() {
    assertThat(
            sentences(
                "Gen. Mark Lee and Lt. Col. J. R. Smith met the U.S. President at 10 a.m. Friday."))
        .hasSize(1);
    assertThat(sentences("Troops left the U.S. The war ended.")).hasSize(2);
    assertThat(sentences("He met them at 5 p.m. They left at six.")).hasSize(2);
    assertThat(sentences("She ranks No. 1 after Jan. 5 results.")).hasSize(1);
  }

  @Test
  void quotationsEndingInExclamationsAreSplitOnlyBeforeANewClause() {
    assertThat(sentences("“Is it a deal?” Putin asked. “No!” he said.")).hasSize(2);
    assertThat(sentences("He posted: “MEET NOW!!!” His post shifted positions."))
        .containsExactly("He posted: “MEET NOW!!!”", "His post shifted positions.");
    assertThat(sentences("“We were close,” the envoy said. “But not yet.”")).hasSize(2);
  }

  @Test
  void ellipsisBeforeLowerCaseContinuesTheSentence() {
    assertThat(sentences("\"The authorities... just threw it away. They refused,\" he said."))
        .containsExactly("\"The authorities... just threw it away.", "They refused,\" he said.");
  }

  @Test
  void aSentencesFullStopIsAlwaysATokenOfItsOwn() {
    String text =
        "Yet it was unclear whether the senator would follow that script. The senator wrote.";
    List<String> lastTokens =
        TextAnalyzer.english().analyze("t", text).sentences().stream()
            .map(s -> s.tokens().get(s.tokens().size() - 1).text())
            .toList();
    assertThat(lastTokens).containsExactly(".", ".");
  }
}
