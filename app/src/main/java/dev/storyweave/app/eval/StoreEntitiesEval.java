package dev.storyweave.app.eval;

import dev.storyweave.app.eval.EcbPlusCorpus.EcbDocument;
import dev.storyweave.app.eval.EcbPlusCorpus.GoldMention;
import dev.storyweave.app.store.EntityRegistry;
import dev.storyweave.entities.EntityResolver;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/*
 * Cross-store entity linking on ECB+. Each ECB+ topic has two sub-topics: two different events of
 * one kind (two actresses entering rehab, two earthquakes), written up by different articles, the
 * way a store sees two stories that share some entities (a rehab centre, a region) and not others
 * (the two actresses). So each sub-topic is analysed as one story, its entities resolved within
 * it, and the topic's two stories are linked through a fresh entity registry, one per topic
 * because ECB+ annotates coreference within a topic only (a country named in two topics is two
 * gold chains). Three rows, over names the detector finds, scored as EntitiesEval scores them:
 *
 *   per story         each sub-topic's entities apart (no store): the floor linking starts from;
 *   per story + store the same entities, linked across the two stories by the registry;
 *   one story         both sub-topics resolved together as one story: what the in-story resolver
 *                     does when it sees everything at once, for reference.
 *
 * Linking that merged two people would lower precision below the per-story row; linking that finds
 * the shared entities raises recall towards the one-story row.
 */
@Command(
    name = "store-entities",
    mixinStandardHelpOptions = true,
    description =
        "Cross-store entity linking on ECB+: each sub-topic one story, linked through the"
            + " store's entity registry, against per-story and one-story resolution.")
public final class StoreEntitiesEval implements Callable<Integer> {

  @Option(names = "--corpus", required = true, description = "The ECB+ folder (with docs.tsv).")
  Path corpus;

  @Option(
      names = "--split",
      defaultValue = "all",
      description = "train, dev or all (train and dev, each scored separately).")
  String split;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The rows for one split, and how long linking took per story. */
  record Result(
      List<EntitiesEval.Row> rows,
      int stories,
      double linkMillisPerStory,
      double linkCpuMillisPerStory) {}

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    List<String> splits = EcbPlusCorpus.splits(spec, corpus, split);
    out.println("ECB+ cross-store entity linking: each sub-topic is one story; a topic's two");
    out.println(
        "  stories are linked through a fresh entity registry (ECB+ chains are per topic).");
    out.println(
        "  Names the detector finds (EntityResolver.create()), aligned to gold HUMAN, LOC and");
    out.println("  NON_HUMAN mentions by overlap as in `eval entities`; singletons included.");
    Result last = null;
    for (String name : splits) {
      List<EcbDocument> documents = EcbPlusCorpus.readAnnotated(corpus, Set.of(name));
      Result result = evaluate(documents);
      out.printf(
          Locale.ROOT,
          "%nsplit=%s docs=%d stories=%d link=%.1f ms/story (%.1f ms of it on the CPU)%n",
          name,
          documents.size(),
          result.stories(),
          result.linkMillisPerStory(),
          result.linkCpuMillisPerStory());
      out.printf(
          Locale.ROOT, "  %-32s %6s %6s %6s %6s%n", "system", "MUC", "B3", "CEAF-e", "CoNLL");
      for (EntitiesEval.Row row : result.rows()) {
        out.printf(
            Locale.ROOT,
            "  %-32s %6.3f %6.3f %6.3f %6.3f   (B3 P %.3f R %.3f)%n",
            row.name(),
            row.result().muc().f1(),
            row.result().bcubed().f1(),
            row.result().ceafe().f1(),
            row.result().conllF1(),
            row.result().bcubed().precision(),
            row.result().bcubed().recall());
      }
      last = result;
    }
    EntitiesEval.Row linked = last.rows().get(1);
    out.printf(
        Locale.ROOT,
        "store-entities: conll_f1=%.4f b3_p=%.4f b3_r=%.4f per_story_conll_f1=%.4f"
            + " one_story_conll_f1=%.4f link_ms_per_story=%.1f link_cpu_ms_per_story=%.1f"
            + " split=%s%n",
        linked.result().conllF1(),
        linked.result().bcubed().precision(),
        linked.result().bcubed().recall(),
        last.rows().get(0).result().conllF1(),
        last.rows().get(2).result().conllF1(),
        last.linkMillisPerStory(),
        last.linkCpuMillisPerStory(),
        splits.get(splits.size() - 1));
    out.flush();
    return 0;
  }

  /** Scores per-story, per-story-plus-store and one-story resolution on {@code documents}. */
  static Result evaluate(List<EcbDocument> documents) throws IOException {
    EntityResolver resolver = EntityResolver.create();
    Map<String, EcbDocument> byName = new LinkedHashMap<>();
    documents.forEach(d -> byName.put(d.name(), d));
    Map<String, String> key = new LinkedHashMap<>();
    Map<String, String> perStory = new LinkedHashMap<>();
    Map<String, String> linked = new LinkedHashMap<>();
    Map<String, String> oneStory = new LinkedHashMap<>();
    long linkNanos = 0;
    long linkCpuNanos = 0;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int stories = 0;
    for (Map.Entry<String, List<EcbDocument>> topic : EcbPlusCorpus.byTopic(documents).entrySet()) {
      Map<String, List<StoryArticle>> bySubtopic = new LinkedHashMap<>();
      List<StoryArticle> all = new ArrayList<>();
      for (EcbDocument document : topic.getValue()) {
        StoryArticle article = new StoryArticle(document.article(), document.analyzed());
        bySubtopic.computeIfAbsent(document.subtopic(), s -> new ArrayList<>()).add(article);
        all.add(article);
        for (GoldMention gold : document.mentions()) {
          key.put(EntitiesEval.id(gold.doc(), gold.start(), gold.end()), gold.chain());
        }
      }
      String prefix = topic.getKey() + ":";
      EntitiesEval.assign(resolver.resolve(all), e -> prefix + "e" + e, byName, oneStory);
      Path registryDirectory = Files.createTempDirectory("storyweave-store-entities-");
      try (EntityRegistry registry = EntityRegistry.open(registryDirectory)) {
        for (Map.Entry<String, List<StoryArticle>> subtopic : bySubtopic.entrySet()) {
          List<Entity> entities = resolver.resolve(subtopic.getValue());
          String storyPrefix = prefix + subtopic.getKey() + ":";
          EntitiesEval.assign(entities, e -> storyPrefix + "e" + e, byName, perStory);
          List<String> ids = subtopic.getValue().stream().map(StoryArticle::id).toList();
          Story story =
              new Story(
                  subtopic.getKey(),
                  subtopic.getKey(),
                  ids,
                  List.of(),
                  entities,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of());
          long started = System.nanoTime();
          long startedCpu = threads.getCurrentThreadCpuTime();
          Story withIds = registry.link(story);
          linkNanos += System.nanoTime() - started;
          linkCpuNanos += threads.getCurrentThreadCpuTime() - startedCpu;
          stories++;
          List<Entity> linkedEntities = withIds.entities();
          EntitiesEval.assign(
              linkedEntities,
              e -> {
                String id = linkedEntities.get(e).storeEntityId();
                return id == null ? storyPrefix + "unlinked" + e : prefix + id;
              },
              byName,
              linked);
        }
        registry.commit();
      } finally {
        deleteRecursively(registryDirectory);
      }
    }
    List<EntitiesEval.Row> rows = new ArrayList<>();
    rows.add(EntitiesEval.scored("per story (no store)", key, perStory));
    rows.add(EntitiesEval.scored("per story + store linking", key, linked));
    rows.add(EntitiesEval.scored("one story per topic", key, oneStory));
    return new Result(
        rows,
        stories,
        stories == 0 ? 0 : linkNanos / 1e6 / stories,
        stories == 0 ? 0 : linkCpuNanos / 1e6 / stories);
  }

  private static void deleteRecursively(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
