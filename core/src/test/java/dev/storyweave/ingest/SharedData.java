package dev.storyweave.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Locates ../shared (seeds and corpora) the way every test does. */
final class SharedData {

  private SharedData() {}

  static Path shared() {
    String property = System.getProperty("storyweave.shared");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    for (String candidate : List.of("../shared", "../../shared", "shared")) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException("cannot find the shared folder; set -Dstoryweave.shared");
  }

  static Path seeds() {
    return shared().resolve("seeds");
  }
}
