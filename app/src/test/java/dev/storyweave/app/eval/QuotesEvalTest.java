package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.app.eval.AttributionScorer.Counts;
import dev.storyweave.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesEvalTest {

  private static final String TEXT =
      "“We will rebuild the bridge,” said Mayor Anna Kowalski.\n\n"
          + "The storm was “far worse than anything we have seen here.”\n";

  private static Span span(String words) {
    int start = TEXT.indexOf(words);
    return new Span(start, start + words.length());
  }

  @Test
  void aQuoteWithoutSpeakerIsAWrongPairButCountsForContent() {
    Span mayor = span("Mayor Anna Kowalski");
    PolnearCorpus.Document doc =
        new PolnearCorpus.Document(
            "test-doc",
            "1",
            TEXT,
            List.of(
                new PolnearCorpus.Attribution(
                    List.of(span("We will rebuild the bridge,")), mayor, null),
                new PolnearCorpus.Attribution(
                    List.of(span("far worse than anything we have seen here.")), mayor, null)));
    QuotesEval.Result result = QuotesEval.evaluate(List.of(doc), true);
    // the speakerless second quote is both a false positive and a false negative as a pair ...
    assertThat(result.pairs()).isEqualTo(new Counts(1, 1, 1));
    // ... only a miss when speakerless quotes are left out ...
    assertThat(result.attributed()).isEqualTo(new Counts(1, 0, 1));
    // ... and a hit for content alone
    assertThat(result.content()).isEqualTo(new Counts(2, 0, 0));
  }
}
