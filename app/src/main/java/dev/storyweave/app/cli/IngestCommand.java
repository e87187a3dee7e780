package dev.storyweave.app.cli;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.ingest.Ingester;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code storyweave ingest INPUT...}: reads articles into the store, committing as it goes. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles into the store. INPUT is a file (.txt, .html, .jsonl, RSS/Atom feed), a"
          + " folder (read recursively), an http(s) URL, or - for standard input.",
      "Prints 'committed N articles, last ID' after each commit; exit 0 if every input was"
          + " read, 1 if some failed (each failure is one line on stderr)."
    })
final class IngestCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, folders, URLs or -.")
  List<String> inputs;

  @Mixin StoreOptions options = new StoreOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Progress progress = new Progress(System.err, Progress.stderrIsTerminal());
    try (ArticleStore store = ArticleStore.open(options.storeDirectory())) {
      BatchIngest.Result result =
          new BatchIngest(store, options.commitEvery, System.out, progress, true)
              .run(Ingester.create(options.ingestSettings()), inputs);
      System.err.printf(
          "storyweave: stored %d articles in %s (%d duplicates, %d errors)%n",
          result.articles().size(), store.directory(), result.duplicates(), result.errors().size());
      return result.errors().isEmpty()
          ? StoryweaveCommand.EXIT_OK
          : StoryweaveCommand.EXIT_SOME_FAILED;
    }
  }
}
