package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalMetricsTest {

  @Test
  void aucCountsWinsAndHalfTies() {
    // pairs: (3>1) (3>2) (2>1) (2=2 half) -> 3.5 of 4
    assertThat(EvalMetrics.auc(List.of(3.0, 2.0), List.of(1.0, 2.0))).isEqualTo(0.875);
    assertThat(EvalMetrics.auc(List.of(0.0), List.of(1.0))).isEqualTo(0.0);
    assertThatThrownBy(() -> EvalMetrics.auc(List.of(), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positives=0");
  }

  @Test
  void balancedAccuracyAveragesBothRecalls() {
    assertThat(EvalMetrics.balancedAccuracy(9, 10, 1, 2)).isCloseTo(0.7, within(1e-9));
    assertThat(EvalMetrics.ratio(1, 0)).isZero();
  }

  @Test
  void bestThresholdSeparatesSeparableScores() {
    assertThat(EvalMetrics.bestThreshold(List.of(0.8, 0.9), List.of(0.1, 0.2))).isEqualTo(0.8);
  }

  @Test
  void readsCloughPairsAndHtMtDocuments(@TempDir Path dir) throws IOException {
    Path pairs = dir.resolve("pairs.csv");
    Files.writeString(
        pairs,
        "answer_file,source_file,task,participant,category,derived,trigram_containment\n"
            + "g0pA_taska.txt,orig_taska.txt,a,g0pA,non,0,0.0144\n"
            + "g0pA_taskb.txt,orig_taskb.txt,b,g0pA,cut,1,0.9662\n");
    assertThat(ProvenanceEval.readPairs(pairs))
        .containsExactly(
            new ProvenanceEval.Pair("g0pA_taska.txt", "orig_taska.txt", "non", false, 0.0144),
            new ProvenanceEval.Pair("g0pA_taskb.txt", "orig_taskb.txt", "cut", true, 0.9662));

    Path docs = dir.resolve("docs.jsonl");
    Files.writeString(
        docs,
        "{\"id\": \"d1\", \"split\": \"dev\", \"label\": \"mt\", \"is_machine\": true,"
            + " \"system\": \"deepl\", \"pair_id\": \"p\", \"text\": \"Hello world.\"}\n");
    assertThat(QualityEval.readDocs(docs))
        .containsExactly(new QualityEval.Doc("d1", "dev", "deepl", true, "Hello world."));
  }

  @Test
  void expectedKindsFollowTheGrades() {
    assertThat(ProvenanceEval.kindMatches("cut", dev.storyweave.model.DerivationKind.EXCERPT))
        .isTrue();
    assertThat(ProvenanceEval.kindMatches("light", dev.storyweave.model.DerivationKind.REWRITE))
        .isTrue();
    assertThat(ProvenanceEval.kindMatches("heavy", dev.storyweave.model.DerivationKind.SUMMARY))
        .isFalse();
    assertThat(ProvenanceEval.kindMatches("non", null)).isTrue();
  }
}
