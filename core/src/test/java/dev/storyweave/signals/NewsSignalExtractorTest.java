package dev.storyweave.signals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.text.TextAnalyzer;
import org.junit.jupiter.api.Test;

class NewsSignalExtractorTest {

  private static final String TEXT =
      "-\nThe council of Brantford met on Tuesday. Mayor Alice Okafor said the Brantford budget"
          + " would pass. Okafor's plan adds two bus lines, The Chronicle reported.";

  @Test
  void nameKeysAreCapitalisedWordsInsideSentencesMostFrequentFirst() {
    AnalyzedText text = TextAnalyzer.english().analyze("a", TEXT);
    assertThat(NewsSignalExtractor.nameKeys(text))
        .containsExactly("brantford", "okafor", "alice", "chronicle");
  }

  @Test
  void leadSkipsFragmentsAndStartsWithTheTitle() {
    AnalyzedText text = TextAnalyzer.english().analyze("a", TEXT);
    String lead = NewsSignalExtractor.lead("Budget vote", text);
    assertThat(lead).startsWith("Budget vote. The council of Brantford met on Tuesday.");
    assertThat(lead).doesNotContain("-");
  }

  @Test
  void figuresAreNumbersOfTwoDigitsOrMoreMostFrequentFirst() {
    AnalyzedText text =
        TextAnalyzer.english()
            .analyze(
                "a",
                "The 6.1 quake of 2011 killed 1,247 people in 3 towns. By 2012 the toll was 1247,"
                    + " officials said at 10:30.");
    assertThat(NewsSignalExtractor.figures(NewsSignalExtractor.words(text)))
        .containsExactly("1247", "6.1", "2011", "2012", "10:30");
  }
}
