package dev.storyweave.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void readsTrainAndDevDocumentsWithoutTheUrlSentence() throws IOException {
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
    // the text opens with the document's first sentence, rebuilt from its tokens in the XML
    assertThat(ecb.text()).startsWith(EcbPlusCorpus.detokenize(firstSentence("1", "1_1ecb.xml")));
  }

  /** The tokens of sentence 0, read straight from the token XML with a pattern. */
  private static List<String> firstSentence(String topic, String file) throws IOException {
    String xml = Files.readString(corpus().resolve("ECB+").resolve(topic).resolve(file));
    Matcher token =
        Pattern.compile("<token t_id=\"\\d+\" sentence=\"0\" number=\"\\d+\">([^<]*)</token>")
            .matcher(xml);
    List<String> tokens = new ArrayList<>();
    while (token.find()) {
      tokens.add(token.group(1));
    }
    assertThat(tokens).hasSizeGreaterThan(3);
    return tokens;
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
