package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbPlusCorpusTest {

  static Path corpus() {
    String property = System.getProperty("storyweave.shared");
    Path shared =
        property != null && Files.isDirectory(Path.of(property))
            ? Path.of(property)
            : Files.isDirectory(Path.of("../shared"))
                ? Path.of("../shared")
                : Path.of("../../shared");
    return shared.resolve("data/ecbplus");
  }

  @Test
  void readsTrainAndDevDocumentsWithoutTheUrlSentence() {
    List<EcbPlusCorpus.Document> docs = EcbPlusCorpus.read(corpus());
    assertThat(docs).hasSize(772);
    assertThat(docs.stream().filter(d -> d.split().equals("dev"))).hasSize(197);
    assertThat(docs.stream().filter(d -> d.split().equals("dev")))
        .allMatch(d -> EcbPlusCorpus.DEV_TOPICS.contains(d.topic()));
    EcbPlusCorpus.Document plus =
        docs.stream().filter(d -> d.id().equals("1_10ecbplus")).findFirst().orElseThrow();
    assertThat(plus.subtopic()).isEqualTo("1ecbplus");
    assertThat(plus.url()).startsWith("http://articles.latimes.com/");
    assertThat(plus.text()).doesNotContain("http").doesNotContain("latimes");
    EcbPlusCorpus.Document ecb =
        docs.stream().filter(d -> d.id().equals("1_1ecb")).findFirst().orElseThrow();
    assertThat(ecb.url()).isNull();
    assertThat(ecb.text()).startsWith("Another day in Hollywood; another star in rehab.");
  }

  @Test
  void detokenizeRestoresEnglishSpacing() {
    assertThat(
            EcbPlusCorpus.detokenize(
                List.of(
                    "Reid",
                    ",",
                    "33",
                    ",",
                    "starred",
                    "in",
                    "``",
                    "American",
                    "Pie",
                    "''",
                    "(",
                    "1999",
                    ")",
                    "and",
                    "did",
                    "n't",
                    "stop",
                    ".")))
        .isEqualTo("Reid, 33, starred in \"American Pie\" (1999) and didn't stop.");
  }
}
