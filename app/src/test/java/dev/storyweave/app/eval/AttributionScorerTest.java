package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.storyweave.app.eval.AttributionScorer.Counts;
import dev.storyweave.app.eval.AttributionScorer.Predicted;
import dev.storyweave.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionScorerTest {

  private static final List<PolnearCorpus.Attribution> GOLD =
      List.of(
          new PolnearCorpus.Attribution(List.of(new Span(0, 10)), new Span(20, 25), null),
          new PolnearCorpus.Attribution(List.of(new Span(30, 40)), null, null),
          new PolnearCorpus.Attribution(List.of(new Span(50, 60)), new Span(61, 65), null));

  private static final List<Predicted> PREDICTED =
      List.of(
          new Predicted(List.of(new Span(5, 8)), new Span(21, 23)), // pair hit
          new Predicted(List.of(new Span(32, 35)), new Span(40, 45)), // content hit, wrong source
          new Predicted(List.of(new Span(70, 80)), new Span(81, 85)), // nothing
          new Predicted(List.of(new Span(52, 58)), new Span(61, 62))); // pair hit

  @Test
  void pairScoresByHand() {
    Counts pairs = AttributionScorer.score(GOLD, PREDICTED, true);
    assertThat(pairs).isEqualTo(new Counts(2, 2, 1));
    assertThat(pairs.precision()).isEqualTo(0.5);
    assertThat(pairs.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(pairs.f1()).isCloseTo(4.0 / 7, within(1e-9));
  }

  @Test
  void contentOnlyScoresByHand() {
    Counts content = AttributionScorer.score(GOLD, PREDICTED, false);
    assertThat(content).isEqualTo(new Counts(3, 1, 0));
    assertThat(content.f1()).isCloseTo(6.0 / 7, within(1e-9));
  }

  @Test
  void oneGoldMatchesOnePrediction() {
    List<Predicted> twice =
        List.of(
            new Predicted(List.of(new Span(0, 4)), new Span(20, 21)),
            new Predicted(List.of(new Span(5, 9)), new Span(20, 21)));
    assertThat(AttributionScorer.score(GOLD.subList(0, 1), twice, true))
        .isEqualTo(new Counts(1, 1, 0));
  }

  @Test
  void splitQuoteFragmentsCountOnce() {
    PolnearCorpus.Attribution split =
        new PolnearCorpus.Attribution(
            List.of(new Span(0, 10), new Span(20, 30)), new Span(12, 14), null);
    Predicted halves = new Predicted(List.of(new Span(1, 9), new Span(21, 29)), new Span(12, 14));
    assertThat(AttributionScorer.score(List.of(split), List.of(halves), true))
        .isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void quotedSpansNeedThreeWordsAndStayInTheirParagraph() {
    String text = "He said “no way” and “we will not go.”\n\"Open quote\nnext \"one two three\"";
    assertThat(AttributionScorer.quotedSpans(text, 3))
        .extracting(s -> s.of(text))
        .containsExactly("we will not go.", "one two three");
  }

  @Test
  void aQuotationOverParagraphsCountsEachParagraph() {
    String text =
        "She said:\n“We came here to work.\n\n“We will stay until the job is done.”\n"
            + "“Three words unclosed\nThen plain text.";
    assertThat(AttributionScorer.quotedSpans(text, 3))
        .extracting(s -> s.of(text))
        .containsExactly("We came here to work.", "We will stay until the job is done.");
  }
}
