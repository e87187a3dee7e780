package dev.storyweave.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Sentence;
import dev.storyweave.text.SentenceFixtures.HandSplit;
import dev.storyweave.text.SentenceFixtures.Score;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Sentence boundaries against careful human splits: the seeds (offset fixtures in
 * src/test/resources, seed text read from ../shared) and our own abbreviation-heavy news text.
 */
class SentenceSplitAccuracyTest {

  private static List<int[]> analyzer(String text) {
    return TextAnalyzer.english().analyze("t", text).sentences().stream()
        .map(Sentence::span)
        .map(span -> new int[] {span.start(), span.end()})
        .toList();
  }

  private static Score score(List<HandSplit> texts, Function<String, List<int[]>> splitter) {
    Score total = new Score(0, 0, 0);
    for (HandSplit split : texts) {
      total =
          total.plus(
              SentenceFixtures.score(
                  split.text(), split.sentences(), splitter.apply(split.text())));
    }
    return total;
  }

  @Test
  void seedSplitsMatchTheHumanSplitOnAtLeast95PercentOfBoundaries() {
    List<HandSplit> seeds = SentenceFixtures.seeds();
    assertThat(seeds).hasSizeGreaterThanOrEqualTo(5);
    Score analyzer = score(seeds, SentenceSplitAccuracyTest::analyzer);
    Score modelPerLine = score(seeds, SentenceFixtures::modelSplitPerLine);
    Score modelWhole = score(seeds, SentenceFixtures::modelSplitWholeText);
    Score regex = score(seeds, SentenceFixtures::regexSplit);
    System.out.println("seed sentence boundaries (" + seeds.size() + " seeds)");
    System.out.println("  analyzer (model + layout + rules): " + analyzer);
    System.out.println("  OpenNLP model per line:            " + modelPerLine);
    System.out.println("  OpenNLP model on whole text:       " + modelWhole);
    System.out.println("  naive regex per line:              " + regex);
    for (HandSplit seed : seeds) {
      SentenceFixtures.differences(seed.text(), seed.sentences(), analyzer(seed.text()))
          .forEach((at, what) -> System.out.println("  " + seed.name() + " @" + at + " " + what));
    }
    assertThat(analyzer.f1()).as("analyzer boundary F1 %s", analyzer).isGreaterThanOrEqualTo(0.95);
    assertThat(analyzer.precision()).isGreaterThanOrEqualTo(0.95);
    assertThat(analyzer.recall()).isGreaterThanOrEqualTo(0.95);
    assertThat(analyzer.f1()).isGreaterThanOrEqualTo(modelPerLine.f1());
  }

  @Test
  void trainedModelBeatsNaiveRegexOnHandSplitNewsText() {
    List<HandSplit> texts = List.of(SentenceFixtures.ownNewsText());
    Score analyzer = score(texts, SentenceSplitAccuracyTest::analyzer);
    Score model = score(texts, SentenceFixtures::modelSplitPerLine);
    Score regex = score(texts, SentenceFixtures::regexSplit);
    System.out.println("news-style hand-split text");
    System.out.println("  analyzer:               " + analyzer);
    System.out.println("  OpenNLP model per line: " + model);
    System.out.println("  naive regex per line:   " + regex);
    HandSplit text = texts.get(0);
    SentenceFixtures.differences(text.text(), text.sentences(), analyzer(text.text()))
        .forEach((at, what) -> System.out.println("  @" + at + " " + what));
    assertThat(model.f1()).isGreaterThan(regex.f1());
    assertThat(analyzer.f1()).isGreaterThan(model.f1());
  }
}
