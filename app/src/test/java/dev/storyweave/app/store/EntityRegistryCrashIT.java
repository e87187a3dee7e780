package dev.storyweave.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.storyweave.app.testing.KilledChild;
import dev.storyweave.model.Entity;
import dev.storyweave.model.EntityType;
import dev.storyweave.model.Mention;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.model.Story;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL while it links invented stories into a registry and commits after
 * each, then checks that every story it announced as committed is there, that the registry is
 * consistent (every entity's counts match its stored mentions, every mention's story is stored),
 * and that the next writer opens it and goes on.
 */
class EntityRegistryCrashIT {

  private static final Pattern COMMITTED = Pattern.compile("committed story (\\d+)");

  @TempDir Path dir;

  @Test
  void committedLinksSurviveSigkillAndTheRegistryStaysConsistent() throws Exception {
    Path store = dir.resolve("store");
    Process child = startWriter(store);
    List<MatchResult> committed = KilledChild.killAfter(child, COMMITTED, 6);
    int lastAnnounced =
        committed.isEmpty() ? -1 : Integer.parseInt(committed.get(committed.size() - 1).group(1));
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(child.exitValue()).as("child was killed, not finished").isEqualTo(137);
    assertThat(lastAnnounced).isEqualTo(5);

    try (EntityRegistry registry = EntityRegistry.open(store)) {
      Set<String> articles = new HashSet<>();
      for (StoreEntity entity : registry.entities(100_000)) {
        List<EntityRegistry.Occurrence> occurrences = registry.occurrences(entity.id());
        assertThat(occurrences).as("occurrences of %s", entity.id()).hasSize(entity.mentionCount());
        Set<String> stories = new HashSet<>();
        for (EntityRegistry.StoredStory story : registry.stories(entity.id())) {
          stories.add(story.key());
        }
        for (EntityRegistry.Occurrence occurrence : occurrences) {
          assertThat(stories).contains(occurrence.story());
          articles.add(occurrence.mention().article());
        }
      }
      for (int i = 0; i <= lastAnnounced; i++) {
        assertThat(articles).contains("k" + i);
      }
      // the next writer goes on: a fresh story links to the entities the killed run left
      Story next = registry.link(Writer.story(10_000, new Random(7)));
      registry.commit();
      assertThat(next.entities()).allSatisfy(e -> assertThat(e.storeEntityId()).isNotNull());
      assertThat(registry.occurrences(next.entities().get(0).storeEntityId())).isNotEmpty();
    }
  }

  private static Process startWriter(Path store) throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String classpath =
        String.join(
            java.io.File.pathSeparator,
            module.resolve("target/test-classes").toString(),
            module.resolve("target/classes").toString(),
            module.resolve("target/lib/*").toString());
    ProcessBuilder builder =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx256m",
            "-cp",
            classpath,
            Writer.class.getName(),
            store.toString());
    builder.redirectError(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  /** The child: links one invented story after another, committing and announcing each. */
  static final class Writer {

    private static final String[] GIVEN = {"Anneliese", "Tomasz", "Mirela", "Oskar", "Ilse"};
    private static final String[] SURNAMES = {
      "Kowalczyk", "Brandvold", "Oduya", "Castellan", "Virtanen", "Okafor", "Lindqvist"
    };
    private static final String[] PLACES = {"Port Velmar", "Eastholm", "Lowmoor", "Carrow Mill"};

    private Writer() {}

    public static void main(String[] args) throws IOException {
      Random random = new Random(42);
      try (EntityRegistry registry = EntityRegistry.open(Path.of(args[0]))) {
        for (int i = 0; ; i++) {
          registry.link(story(i, random));
          registry.commit();
          System.out.println("committed story " + i);
          System.out.flush();
        }
      }
    }

    /** A story of three articles naming people (full and surname only) and places. */
    static Story story(int n, Random random) {
      List<String> articles = List.of("k" + n, "k" + n + "b", "k" + n + "c");
      List<Entity> entities = new ArrayList<>();
      Set<String> used = new HashSet<>();
      int offset = 0;
      for (int e = 0; e < 40; e++) {
        boolean person = random.nextInt(3) > 0;
        String name =
            person
                ? GIVEN[random.nextInt(GIVEN.length)]
                    + " "
                    + SURNAMES[random.nextInt(SURNAMES.length)]
                : PLACES[random.nextInt(PLACES.length)] + " " + (char) ('A' + random.nextInt(20));
        if (!used.add(name)) {
          continue;
        }
        List<Mention> mentions = new ArrayList<>();
        for (String article : articles) {
          for (int k = 0; k < 5; k++) {
            String form = person && k % 2 == 1 ? name.substring(name.indexOf(' ') + 1) : name;
            mentions.add(new Mention(form, article, offset, offset + form.length()));
            offset += 100;
          }
        }
        entities.add(
            new Entity(name, person ? EntityType.PERSON : EntityType.PLACE, mentions, List.of()));
      }
      return new Story(
          "story-" + n,
          "Invented story " + n,
          articles,
          List.of(),
          entities,
          List.of(),
          List.of(),
          List.of(),
          List.of());
    }
  }
}
