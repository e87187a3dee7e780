package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearCorpusTest {

  static Path polnear() {
    String shared = System.getProperty("storyweave.shared");
    for (String root : new String[] {shared, "../shared", "../../shared"}) {
      if (root != null && Files.isDirectory(Paths.get(root, "data", "polnear"))) {
        return Paths.get(root, "data", "polnear");
      }
    }
    throw new IllegalStateException("cannot find ../shared/data/polnear");
  }

  @Test
  void readsOneRealArticleWithItsAttributions() {
    List<PolnearCorpus.Document> dev = PolnearCorpus.read(polnear(), "dev");
    assertThat(dev).hasSize(84);
    PolnearCorpus.Document doc =
        dev.stream()
            .filter(d -> d.id().equals("breitbart_2016-09-12_stealth-over-health-hillary-clin"))
            .findFirst()
            .orElseThrow();
    assertThat(doc.annotator()).isEqualTo("ef2d");
    assertThat(doc.text()).hasSize(1273);
    assertThat(doc.attributions()).hasSize(6);
    PolnearCorpus.Attribution first = doc.attributions().get(0);
    assertThat(first.content()).containsExactly(new Span(115, 290));
    assertThat(first.source()).isEqualTo(new Span(89, 106));
    assertThat(first.source().of(doc.text())).isEqualTo("The New York Post");
    assertThat(first.cue().of(doc.text())).isEqualTo("reports");

    List<Span> quoted = AttributionScorer.quotedSpans(doc.text(), QuotesEval.MIN_WORDS);
    assertThat(quoted).containsExactly(new Span(235, 289));
    assertThat(doc.attributions().stream().filter(a -> AttributionScorer.isDirect(a, quoted)))
        .containsExactly(first);
  }

  @Test
  void parsesDiscontinuousContentAndMissingSource() {
    List<PolnearCorpus.Attribution> parsed =
        PolnearCorpus.parse(
            List.of(
                "T1\tContent 10 20;25 30\tsome words",
                "T2\tCue 21 24\tsaid",
                "T3\tAttribution 21 24\tsaid",
                "E1\tAttribution-no-source:T3 Content:T1 Cue:T2",
                "#1\tAnnotatorNotes T1\ta note",
                "that wraps onto a second line"));
    assertThat(parsed).hasSize(1);
    assertThat(parsed.get(0).content()).containsExactly(new Span(10, 20), new Span(25, 30));
    assertThat(parsed.get(0).source()).isNull();
    assertThat(parsed.get(0).cue()).isEqualTo(new Span(21, 24));
  }
}
