package dev.storyweave.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.storyweave.app.store.EntityRegistry;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.pipeline.ReportJson;
import dev.storyweave.text.TextNormalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed story analysed into one store in two runs: first the four articles that spell names
 * cleanly, then the machine-translated one (which garbles the Ukrainian president's name) together
 * with a second copy of an article the store already has. The names asserted on come from reading
 * the seeds; the rest holds for any store.
 */
class CrossStoreEntitiesIT {

  @TempDir static Path dir;
  static Path store;
  static JsonNode first;
  static JsonNode second;
  static String firstSeedId;

  /** The garbled spelling of the president's name in the garbled seed, read at its offsets. */
  static String garbledName;

  /** Where the garbled seed first writes the president's full name (chars 230-246). */
  private static final int GARBLED_NAME_START = 230;

  private static final int GARBLED_NAME_END = 246;

  static Path seeds() {
    String shared = System.getProperty("storyweave.shared", "../../shared");
    return Path.of(shared, "seeds");
  }

  @BeforeAll
  static void analyzeInTwoRuns() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(seeds())) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertThat(files).hasSize(5);
    Path garbled = files.get(2);
    List<String> firstRun = new ArrayList<>();
    for (Path file : files) {
      if (!file.equals(garbled)) {
        firstRun.add(file.toString());
      }
    }
    garbledName =
        Files.readString(garbled, StandardCharsets.UTF_8)
            .substring(GARBLED_NAME_START, GARBLED_NAME_END);
    assertThat(garbledName).isNotEqualTo("Volodymyr Zelensky").contains(" ");
    firstSeedId = files.get(0).getFileName().toString().replace(".txt", "");
    Path copy = dir.resolve("copy-of-the-first-seed.txt");
    Files.copy(files.get(0), copy);
    store = dir.resolve("store");

    first = analyze(firstRun, dir.resolve("first.json"));
    second = analyze(List.of(garbled.toString(), copy.toString()), dir.resolve("second.json"));
  }

  private static JsonNode analyze(List<String> inputs, Path json) throws IOException {
    List<String> args = new ArrayList<>(List.of("analyze"));
    args.addAll(inputs);
    args.addAll(List.of("--json", json.toString(), "--store", store.toString()));
    assertThat(StoryweaveCommand.commandLine().execute(args.toArray(String[]::new))).isZero();
    return ReportJson.mapper().readTree(json.toFile());
  }

  /** The store id of the report entity with a mention written exactly {@code variant}. */
  private static String idOf(JsonNode report, String variant) {
    Set<String> ids = new HashSet<>();
    for (JsonNode story : report.get("stories")) {
      for (JsonNode entity : story.get("entities")) {
        for (JsonNode mention : entity.get("mentions")) {
          if (mention.get("text").asText().equals(variant)) {
            ids.add(entity.get("store_entity_id").asText());
          }
        }
      }
    }
    assertThat(ids).as("store ids of %s", variant).hasSize(1);
    return ids.iterator().next();
  }

  @Test
  void everyReportedEntityCarriesItsStoreId() {
    for (JsonNode report : List.of(first, second)) {
      for (JsonNode story : report.get("stories")) {
        assertThat(story.get("entities")).isNotEmpty();
        for (JsonNode entity : story.get("entities")) {
          assertThat(entity.get("store_entity_id").asText()).matches("E\\d+");
          assertThat(entity.get("name").asText()).isNotBlank();
        }
      }
    }
  }

  @Test
  void aPersonSpelledTwoWaysInTwoRunsIsOneStoreEntity() throws IOException {
    String clean = idOf(first, "Volodymyr Zelensky");
    assertThat(idOf(second, garbledName)).isEqualTo(clean);
    try (EntityRegistry registry = EntityRegistry.openReadOnly(store)) {
      StoreEntity president = registry.get(clean).orElseThrow();
      assertThat(president.name()).startsWith("Volodymyr Zelensk");
      assertThat(president.forms()).containsKeys("Volodymyr Zelensky", garbledName);
      Set<String> articles = new HashSet<>();
      for (EntityRegistry.Occurrence occurrence : registry.occurrences(clean)) {
        articles.add(occurrence.mention().article());
      }
      assertThat(articles).hasSize(5);
      assertThat(registry.stories(clean)).hasSize(2);
    }
  }

  @Test
  void peopleSharingAFirstNameStayApartAcrossRuns() {
    assertThat(idOf(first, "Vladimir Putin")).isNotEqualTo(idOf(first, "Vladimir Medinsky"));
    assertThat(idOf(second, "Vladimir Putin")).isEqualTo(idOf(first, "Vladimir Putin"));
    assertThat(idOf(second, "Donald Trump")).isEqualTo(idOf(first, "Donald Trump"));
    assertThat(idOf(first, "Donald Tusk")).isNotEqualTo(idOf(first, "Donald Trump"));
    assertThat(idOf(second, "Donald Tass"))
        .isNotEqualTo(idOf(first, "Donald Trump"))
        .isNotEqualTo(idOf(first, "Donald Tusk"));
  }

  @Test
  void noStoreEntityHoldsTwoSurnames() throws IOException {
    try (EntityRegistry registry = EntityRegistry.openReadOnly(store)) {
      for (StoreEntity entity : registry.entities(10_000)) {
        if (entity.type() != dev.storyweave.model.EntityType.PERSON) {
          continue;
        }
        Set<String> initials = new HashSet<>();
        for (String form : entity.forms().keySet()) {
          String[] words = TextNormalizer.fold(form).split("\\s+");
          // a surname's first letter survives every garble in the seeds
          initials.add(words[words.length - 1].substring(0, 1));
        }
        assertThat(initials).as("surnames of %s: %s", entity.id(), entity.forms()).hasSize(1);
      }
    }
  }

  @Test
  void aDuplicateArticleIsNotCountedTwice() throws IOException {
    // The second run re-analyses the first seed (sent again under another name): the registry
    // holds each reported mention once, however many runs reported it.
    Set<String> reported = new HashSet<>();
    for (JsonNode report : List.of(first, second)) {
      for (JsonNode story : report.get("stories")) {
        for (JsonNode entity : story.get("entities")) {
          for (JsonNode m : entity.get("mentions")) {
            reported.add(m.get("article").asText() + ":" + m.get("start") + ":" + m.get("end"));
          }
        }
      }
    }
    assertThat(second.get("articles").findValuesAsText("id")).contains(firstSeedId);
    int occurrences = 0;
    int counted = 0;
    Set<Mention> distinct = new HashSet<>();
    try (EntityRegistry registry = EntityRegistry.openReadOnly(store)) {
      for (StoreEntity entity : registry.entities(10_000)) {
        for (EntityRegistry.Occurrence occurrence : registry.occurrences(entity.id())) {
          occurrences++;
          distinct.add(occurrence.mention());
        }
        counted += entity.mentionCount();
      }
    }
    assertThat(occurrences).isEqualTo(reported.size()).isEqualTo(distinct.size());
    assertThat(counted).isEqualTo(reported.size());
  }

  @Test
  void theEntitiesCommandListsAndShowsOneEntity() throws IOException {
    String president = idOf(second, garbledName);
    String shown = entitiesCommand(garbledName.substring(garbledName.indexOf(' ') + 1));
    assertThat(shown).contains(president, garbledName, "Volodymyr Zelensky", "stories (2)");
    assertThat(entitiesCommand()).contains(president).contains(idOf(first, "Vladimir Medinsky"));
    JsonNode json = ReportJson.mapper().readTree(entitiesCommand("--json", president));
    JsonNode entity = json.get("entities").get(0);
    assertThat(entity.get("id").asText()).isEqualTo(president);
    assertThat(entity.get("articles")).hasSize(5);
    assertThat(entity.get("occurrences").size()).isEqualTo(entity.get("mentions").asInt());
  }

  private static String entitiesCommand(String... more) {
    List<String> args = new ArrayList<>(List.of("entities", "--store", store.toString()));
    args.addAll(List.of(more));
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      assertThat(StoryweaveCommand.commandLine().execute(args.toArray(String[]::new))).isZero();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
