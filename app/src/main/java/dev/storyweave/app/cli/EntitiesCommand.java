package dev.storyweave.app.cli;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.app.store.EntityRegistry;
import dev.storyweave.model.StoreEntity;
import dev.storyweave.pipeline.ReportJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code storyweave entities [--store DIR] [NAME]}: the store-wide entities, or one entity with its
 * variants, articles and stories. Reads the registry's last commit, so it never waits for (or
 * blocks) a running analyze.
 */
@Command(
    name = "entities",
    mixinStandardHelpOptions = true,
    description = {
      "List the store-wide entities (most mentioned first), or, given a NAME (any variant, case"
          + " and diacritics ignored) or an id, each matching entity with its variants, where"
          + " each occurs (article and offsets), its articles and its stories.",
      "Exit 0, or 1 if no entity matches NAME."
    })
final class EntitiesCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "NAME",
      description = "A name as written in any article, or a store entity id (E12).")
  List<String> name = new ArrayList<>();

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store directory (default: $STORYWEAVE_HOME/store or ~/.storyweave/store).")
  Path store;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "50",
      description = "List at most N entities (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON instead of text.")
  boolean json;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--limit must be at least 1: " + limit);
    }
    Path directory = store != null ? store : ArticleStore.defaultDirectory();
    PrintStream out = System.out;
    try (EntityRegistry registry = EntityRegistry.openReadOnly(directory)) {
      if (name.isEmpty()) {
        List<StoreEntity> entities = registry.entities(limit);
        if (json) {
          List<Map<String, Object>> rows = new ArrayList<>();
          for (StoreEntity entity : entities) {
            rows.add(summary(registry, entity));
          }
          out.println(ReportJson.mapper().writeValueAsString(Map.of("entities", rows)));
        } else {
          out.printf("%d store entities in %s%n", registry.size(), directory);
          for (StoreEntity entity : entities) {
            printLine(out, registry, entity);
          }
        }
        return StoryweaveCommand.EXIT_OK;
      }
      String wanted = String.join(" ", name);
      List<StoreEntity> found = registry.find(wanted);
      if (found.isEmpty()) {
        System.err.println("storyweave: no store entity matches " + wanted);
        return StoryweaveCommand.EXIT_SOME_FAILED;
      }
      if (json) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (StoreEntity entity : found) {
          rows.add(detail(registry, entity));
        }
        out.println(ReportJson.mapper().writeValueAsString(Map.of("entities", rows)));
      } else {
        for (StoreEntity entity : found) {
          printDetail(out, registry, entity);
        }
      }
      return StoryweaveCommand.EXIT_OK;
    }
  }

  private static Set<String> articles(List<EntityRegistry.Occurrence> occurrences) {
    Set<String> articles = new LinkedHashSet<>();
    for (EntityRegistry.Occurrence occurrence : occurrences) {
      articles.add(occurrence.mention().article());
    }
    return articles;
  }

  private static void printLine(PrintStream out, EntityRegistry registry, StoreEntity entity)
      throws IOException {
    List<String> others = new ArrayList<>(entity.forms().keySet());
    others.remove(entity.name());
    out.printf(
        "%-6s %-12s %5d mentions %4d articles  %s%s%n",
        entity.id(),
        entity.type().label(),
        entity.mentionCount(),
        articles(registry.occurrences(entity.id())).size(),
        entity.name(),
        others.isEmpty() ? "" : "  (also " + String.join(", ", others) + ")");
  }

  private static void printDetail(PrintStream out, EntityRegistry registry, StoreEntity entity)
      throws IOException {
    List<EntityRegistry.Occurrence> occurrences = registry.occurrences(entity.id());
    out.printf("%s  %s  (%s)%n", entity.id(), entity.name(), entity.type().label());
    out.printf("  variants (%d):%n", entity.forms().size());
    for (Map.Entry<String, Integer> form : entity.forms().entrySet()) {
      out.printf("    %-40s %d%n", form.getKey(), form.getValue());
    }
    out.printf("  occurrences (%d):%n", occurrences.size());
    for (EntityRegistry.Occurrence occurrence : occurrences) {
      out.printf(
          "    %s %d-%d  %s%n",
          occurrence.mention().article(),
          occurrence.mention().start(),
          occurrence.mention().end(),
          occurrence.mention().text());
    }
    Set<String> articles = articles(occurrences);
    out.printf("  articles (%d): %s%n", articles.size(), String.join(", ", articles));
    List<EntityRegistry.StoredStory> stories = registry.stories(entity.id());
    out.printf("  stories (%d):%n", stories.size());
    for (EntityRegistry.StoredStory story : stories) {
      out.printf(
          "    %s  %s  [%s]%n", story.key(), story.headline(), String.join(", ", story.articles()));
    }
    if (!entity.cooccurring().isEmpty()) {
      List<Map.Entry<String, Integer>> context = new ArrayList<>(entity.cooccurring().entrySet());
      context.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      List<String> shown = new ArrayList<>();
      for (Map.Entry<String, Integer> entry : context.subList(0, Math.min(10, context.size()))) {
        String other = registry.get(entry.getKey()).map(StoreEntity::name).orElse("?");
        shown.add(entry.getKey() + " " + other + " (" + entry.getValue() + ")");
      }
      out.printf("  occurs with: %s%n", String.join(", ", shown));
    }
  }

  private static Map<String, Object> summary(EntityRegistry registry, StoreEntity entity)
      throws IOException {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", entity.id());
    row.put("name", entity.name());
    row.put("type", entity.type().label());
    row.put("mentions", entity.mentionCount());
    row.put("articles", List.copyOf(articles(registry.occurrences(entity.id()))));
    row.put("forms", entity.forms());
    return row;
  }

  private static Map<String, Object> detail(EntityRegistry registry, StoreEntity entity)
      throws IOException {
    Map<String, Object> row = summary(registry, entity);
    List<Map<String, Object>> occurrences = new ArrayList<>();
    for (EntityRegistry.Occurrence occurrence : registry.occurrences(entity.id())) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("text", occurrence.mention().text());
      o.put("article", occurrence.mention().article());
      o.put("start", occurrence.mention().start());
      o.put("end", occurrence.mention().end());
      o.put("story", occurrence.story());
      occurrences.add(o);
    }
    row.put("occurrences", occurrences);
    row.put("stories", registry.stories(entity.id()));
    row.put("cooccurring", entity.cooccurring());
    return row;
  }
}
