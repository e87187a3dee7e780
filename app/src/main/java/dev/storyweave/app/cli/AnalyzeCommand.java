package dev.storyweave.app.cli;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.app.store.EntityRegistry;
import dev.storyweave.ingest.Ingester;
import dev.storyweave.model.Entity;
import dev.storyweave.model.Report;
import dev.storyweave.model.Story;
import dev.storyweave.pipeline.ReportJson;
import dev.storyweave.pipeline.StoryPipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code storyweave analyze INPUT...}: ingest, group into stories, write the report. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest articles into the store, group them into stories and write the report: JSON"
          + " (the contract of DESIGN.md), Markdown and/or standalone HTML.",
      "Each story's entities are linked to the store-wide entity registry (see 'storyweave"
          + " entities'); the report's entities carry their store_entity_id.",
      "With no output option the JSON goes to standard output. Exit 0 if every input was"
          + " read, 1 if some failed (reported in the report's errors and on stderr)."
    })
final class AnalyzeCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, URLs or -.")
  List<String> inputs;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report here.")
  Path json;

  @Option(names = "--md", paramLabel = "FILE", description = "Write a Markdown briefing here.")
  Path markdown;

  @Option(names = "--html", paramLabel = "FILE", description = "Write an HTML briefing here.")
  Path html;

  @Mixin StoreOptions options = new StoreOptions();

  @Override
  public Integer call() throws IOException {
    Progress progress = new Progress(System.err, Progress.stderrIsTerminal());
    Report report;
    // Both stay open for the whole run, so a second writer is refused before any work; the
    // registry commits after the articles it cites (see LuceneEntityRegistry).
    try (ArticleStore store = ArticleStore.open(options.storeDirectory());
        EntityRegistry registry = EntityRegistry.open(options.storeDirectory())) {
      BatchIngest.Result ingested =
          new BatchIngest(store, options.commitEvery, System.out, progress, false)
              .run(Ingester.create(options.ingestSettings()), inputs);
      report =
          linkEntities(
              StoryPipeline.create().analyze(ingested.articles(), ingested.errors()), registry);
    }
    String reportJson = ReportJson.toJson(report);
    if (json == null && markdown == null && html == null) {
      System.out.println(reportJson);
    }
    writeAtomically(json, reportJson);
    writeAtomically(markdown, ReportRendering.markdown(report));
    writeAtomically(html, ReportRendering.html(report));
    System.err.printf(
        "storyweave: %d articles, %d stories, %d errors%n",
        report.articles().size(), report.stories().size(), report.errors().size());
    return report.errors().isEmpty()
        ? StoryweaveCommand.EXIT_OK
        : StoryweaveCommand.EXIT_SOME_FAILED;
  }

  /**
   * Links every story's entities to the store-wide registry and commits it once, so a run's links
   * become durable together or not at all.
   */
  private static Report linkEntities(Report report, EntityRegistry registry) throws IOException {
    long started = System.nanoTime();
    List<Story> stories = new ArrayList<>(report.stories().size());
    Set<String> linked = new HashSet<>();
    int entities = 0;
    for (Story story : report.stories()) {
      Story withIds = registry.link(story);
      stories.add(withIds);
      for (Entity entity : withIds.entities()) {
        entities++;
        if (entity.storeEntityId() != null) {
          linked.add(entity.storeEntityId());
        }
      }
    }
    long total = registry.commit();
    System.err.printf(
        "storyweave: linked %d entities to %d store entities (%d in the store) in %d ms%n",
        entities, linked.size(), total, (System.nanoTime() - started) / 1_000_000);
    return new Report(report.articles(), report.errors(), stories);
  }

  /** Writes via a temporary file and a rename, so a reader never sees half a report. */
  private static void writeAtomically(Path target, String content) throws IOException {
    if (target == null) {
      return;
    }
    Path absolute = target.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temporary = Files.createTempFile(absolute.getParent(), ".storyweave-", ".tmp");
    try {
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        // temporary files are created owner-only; a report is an ordinary readable file
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      } catch (UnsupportedOperationException notPosix) {
        // non-POSIX file systems keep their default permissions
      }
      Files.move(
          temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
