package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.model.Article;
import dev.storyweave.pipeline.ReportJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job on the seed articles: the report follows DESIGN.md's contract and every
 * cited text can be traced to the span it cites.
 */
class AnalyzeSeedsIT {

  @TempDir static Path dir;
  static JsonNode report;
  static Map<String, String> texts = new HashMap<>();

  static Path seeds() {
    String shared = System.getProperty("storyweave.shared", "../../shared");
    return Path.of(shared, "seeds");
  }

  @BeforeAll
  static void analyzeSeeds() throws IOException {
    Path json = dir.resolve("report.json");
    int code =
        StoryweaveCommand.commandLine()
            .execute(
                "analyze",
                seeds().toString(),
                "--json",
                json.toString(),
                "--store",
                dir.resolve("store").toString());
    assertThat(code).isZero();
    report = ReportJson.mapper().readTree(json.toFile());
    try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
      for (Article a : store.all()) {
        texts.put(a.id(), a.text());
      }
    }
  }

  @Test
  void everySeedIsAnArticleWithATitleAndAQualityScore() {
    assertThat(report.get("articles")).hasSize(5);
    assertThat(report.get("errors")).isEmpty();
    for (JsonNode a : report.get("articles")) {
      assertThat(texts).containsKey(a.get("id").asText());
      assertThat(a.get("title").asText()).isNotBlank();
      JsonNode q = a.get("quality");
      assertThat(q.get("score").asDouble()).isBetween(0.0, 1.0);
      assertThat(q.get("machine_translated").isBoolean()).isTrue();
      if (!a.get("published").isNull()) {
        LocalDate.parse(a.get("published").asText());
      }
    }
  }

  @Test
  void theSeedsFormOneStoryWithADerivedCopy() {
    assertThat(report.get("stories")).hasSize(1);
    JsonNode story = report.get("stories").get(0);
    assertThat(story.get("articles")).hasSize(5);
    assertThat(story.get("headline").asText()).isNotBlank();
    assertThat(story.get("derivations")).isNotEmpty();
    for (JsonNode d : story.get("derivations")) {
      assertThat(d.get("kind").asText())
          .isIn("duplicate", "near-duplicate", "rewrite", "summary", "excerpt", "translation");
      assertThat(d.get("shared").asDouble()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void everyCitedSpanIsTheTextItClaims() {
    JsonNode story = report.get("stories").get(0);
    Set<String> entityNames = new HashSet<>();
    for (JsonNode e : story.get("entities")) {
      entityNames.add(e.get("name").asText());
      for (JsonNode m : e.get("mentions")) {
        assertSpan(m);
      }
    }
    for (JsonNode q : story.get("quotes")) {
      if (!q.get("speaker").isNull()) {
        assertThat(entityNames).contains(q.get("speaker").asText());
      }
    }
    assertThat(story.get("key_points").size()).isBetween(5, 10);
    for (JsonNode k : story.get("key_points")) {
      assertThat(k.get("spans")).isNotEmpty();
      assertThat(k.get("articles")).isNotEmpty();
      boolean wordedFromASpan = false;
      for (JsonNode span : k.get("spans")) {
        assertSpan(span);
        wordedFromASpan |= span.get("text").asText().contains(k.get("text").asText());
      }
      // the first span gives the wording; further spans are other articles' supporting sentences
      assertThat(wordedFromASpan).as("key point traceable: %s", k.get("text")).isTrue();
    }
    int claims = story.get("claims").size();
    for (JsonNode c : story.get("claims")) {
      assertThat(c.get("independent_sources").asInt()).isBetween(1, c.get("articles").size());
      assertThat(c.get("status").asText()).isIn("corroborated", "single-source", "disputed");
      for (JsonNode i : c.get("conflicts_with")) {
        assertThat(i.asInt()).isBetween(0, claims - 1);
      }
      for (JsonNode span : c.get("spans")) {
        assertSpan(span);
      }
    }
    for (JsonNode t : story.get("timeline")) {
      LocalDate.parse(t.get("date").asText());
      assertThat(t.get("articles")).isNotEmpty();
    }
    assertThat(story.get("timeline")).isNotEmpty();
  }

  private static void assertSpan(JsonNode m) {
    String text = texts.get(m.get("article").asText());
    assertThat(text).as("article %s", m.get("article")).isNotNull();
    int start = m.get("start").asInt();
    int end = m.get("end").asInt();
    assertThat(end).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(start, end)).isEqualTo(m.get("text").asText());
  }
}
