package dev.storyweave.app.cli;

import dev.storyweave.app.store.ArticleStore;
import dev.storyweave.ingest.IngestSettings;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that ingest: where the store is and the input limits. */
final class StoreOptions {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "Store directory (default: $STORYWEAVE_HOME/store or ~/.storyweave/store).")
  Path store;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "20000000",
      description = "Largest input file accepted, in bytes (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      defaultValue = "1000",
      description = "Commit the store every N articles (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  Path storeDirectory() {
    return store != null ? store : ArticleStore.defaultDirectory();
  }

  IngestSettings ingestSettings() {
    return IngestSettings.builder().maxBytes(maxBytes).build();
  }
}
