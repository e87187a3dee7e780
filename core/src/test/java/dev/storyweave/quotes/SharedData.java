package dev.storyweave.quotes;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates ../shared (seeds and corpora) the way every Storyweave test does. */
final class SharedData {

  private SharedData() {}

  static Path root() {
    String property = System.getProperty("storyweave.shared");
    if (property != null && Files.isDirectory(Paths.get(property))) {
      return Paths.get(property);
    }
    for (String candidate : new String[] {"../shared", "../../shared"}) {
      if (Files.isDirectory(Paths.get(candidate))) {
        return Paths.get(candidate);
      }
    }
    throw new IllegalStateException("cannot find the shared data directory (../shared)");
  }

  static Path seeds() {
    return root().resolve("seeds");
  }
}
