package dev.storyweave.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Plain-text metadata on real news: the PolNeAR dev split (84 US political articles, read from
 * ../shared/data/polnear; the patterns were tuned on its train split only). Gold titles and wire
 * credits come from its metadata.tsv.
 */
class PolnearMetadataTest {

  /** metadata.tsv wire labels to the outlet names the gazetteer gives. */
  private static final Map<String, String> WIRES =
      Map.of(
          "ap", "Associated Press",
          "upi", "United Press International",
          "afp", "Agence France-Presse",
          "reuters", "Reuters");

  private static Collected result;
  private static final Map<String, String[]> metadata = new HashMap<>();

  @BeforeAll
  static void ingestDevSplit() throws IOException {
    Path root = SharedData.shared().resolve("data/polnear");
    for (String line : Files.readAllLines(root.resolve("metadata.tsv"), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t", -1);
      metadata.put(fields[1], fields);
    }
    result = Collected.ingest(root.resolve("dev/text").toString());
  }

  @Test
  void everyArticleIsReadWithItsStatedHeadline() {
    assertThat(result.errors).isEmpty();
    assertThat(result.articles).hasSize(84);
    int exact = 0;
    for (Article a : result.articles) {
      String[] gold = metadata.get(a.id());
      assertThat(gold).as(a.id()).isNotNull();
      assertThat(a.title().how()).isEqualTo(Inference.TEXT_PATTERN);
      if (normalise(a.title().value()).equals(normalise(gold[7]))) {
        exact++;
      }
    }
    assertThat(exact).as("titles equal to the gold headline").isGreaterThanOrEqualTo(80);
  }

  @Test
  void everyOutletFoundIsTheCreditedWireOrThePublisher() {
    int found = 0;
    for (Article a : result.articles) {
      if (!a.outlet().isPresent()) {
        continue;
      }
      found++;
      String[] gold = metadata.get(a.id());
      String wire = WIRES.get(gold[11].toLowerCase(Locale.ROOT));
      assertThat(a.outlet().value())
          .as(a.id())
          .satisfiesAnyOf(
              o -> assertThat(o).isEqualTo(wire),
              o -> assertThat(normalise(o)).isEqualTo(normalise(gold[4])));
    }
    assertThat(found).as("outlets stated in the text").isGreaterThanOrEqualTo(5);
  }

  @Test
  void datelinesArePlaces() {
    int found = 0;
    for (Article a : result.articles) {
      if (a.dateline().isPresent()) {
        found++;
        assertThat(a.text()).startsWith(a.dateline().value());
        assertThat(a.dateline().value()).doesNotContainPattern("\\d");
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(7);
  }

  private static String normalise(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
