package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyweave.app.store.EntityRegistry;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Story;
import dev.storyweave.pipeline.ReportJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code storyweave entities} over a registry of two invented stories. */
class EntitiesCommandTest {

  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
    try {
      int code = StoryweaveCommand.commandLine().execute(args);
      return new Run(
          code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  private static Entity entity(EntityType type, String article, String... forms) {
    List<Mention> mentions = new ArrayList<>();
    int offset = 0;
    for (String form : forms) {
      mentions.add(new Mention(form, article, offset, offset + form.length()));
      offset += form.length() + 20;
    }
    return new Entity(forms[0], type, mentions, List.of());
  }

  private static Story story(String headline, String article, Entity... entities) {
    return new Story(
        "story-1",
        headline,
        List.of(article),
        List.of(),
        List.of(entities),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private Path storeWithTwoStories() throws IOException {
    Path store = dir.resolve("store");
    try (EntityRegistry registry = EntityRegistry.open(store)) {
      registry.link(
          story(
              "Pier vote",
              "a1",
              entity(EntityType.PERSON, "a1", "Anneliese Kowalczyk", "Kowalczyk"),
              entity(EntityType.PLACE, "a1", "Port Velmar")));
      registry.link(
          story(
              "Pier delayed",
              "b1",
              entity(EntityType.PERSON, "b1", "Anneliese Kowalcyk"),
              entity(EntityType.PLACE, "b1", "Port Velmar")));
      registry.commit();
    }
    return store;
  }

  @Test
  void listsEntitiesMostMentionedFirst() throws IOException {
    Run run = run("entities", "--store", storeWithTwoStories().toString());
    assertThat(run.code()).isZero();
    assertThat(run.out()).startsWith("2 store entities in ");
    assertThat(run.out().lines().skip(1).toList())
        .hasSize(2)
        .first()
        .asString()
        .contains("person", "3 mentions", "2 articles", "Anneliese Kowalczyk", "Kowalcyk");
  }

  @Test
  void showsOneEntityUnderAnyOfItsSpellings() throws IOException {
    Path store = storeWithTwoStories();
    Run run = run("entities", "--store", store.toString(), "Anneliese", "Kowalcyk");
    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("Anneliese Kowalczyk  (person)", "variants (3)", "occurrences (3)")
        .contains("articles (2): a1, b1", "stories (2)", "Pier vote", "Pier delayed")
        .contains("occurs with: ");
    JsonNode json =
        ReportJson.mapper()
            .readTree(run("entities", "--store", store.toString(), "--json", "kowalczyk").out());
    JsonNode entity = json.get("entities").get(0);
    assertThat(entity.get("name").asText()).isEqualTo("Anneliese Kowalczyk");
    assertThat(entity.get("occurrences")).hasSize(3);
    assertThat(entity.get("occurrences").get(0).get("article").asText()).isEqualTo("a1");
    assertThat(entity.get("stories")).hasSize(2);
  }

  @Test
  void anUnknownNameExitsOneAndAnEmptyStoreListsNothing() throws IOException {
    Run unknown = run("entities", "--store", storeWithTwoStories().toString(), "Brandvold");
    assertThat(unknown.code()).isEqualTo(1);
    assertThat(unknown.err()).contains("no store entity matches Brandvold");
    Run empty = run("entities", "--store", dir.resolve("nothing").toString());
    assertThat(empty.code()).isZero();
    assertThat(empty.out()).startsWith("0 store entities");
    assertThat(run("entities", "--limit", "0").code()).isEqualTo(2);
  }
}
