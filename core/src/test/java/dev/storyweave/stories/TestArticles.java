package dev.storyweave.stories;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Test articles: the seeds read from ../shared, or invented text. */
final class TestArticles {
  private TestArticles() {}

  static Path shared() {
    String property = System.getProperty("storyweave.shared");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    for (String candidate : List.of("../shared", "../../shared")) {
      if (Files.isDirectory(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException("shared folder not found; set -Dstoryweave.shared");
  }

  static List<Article> seeds() {
    try (Stream<Path> files = Files.list(shared().resolve("seeds"))) {
      return files
          .filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(
              p -> {
                String name = p.getFileName().toString();
                return article(name.substring(0, name.length() - 4), null, read(p), null);
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article article(String id, String title, String text, LocalDate published) {
    return new Article(
        id,
        "test:" + id,
        null,
        "-",
        Inferred.of(title, Inference.META),
        Inferred.none(),
        Inferred.none(),
        Inferred.none(),
        Inferred.of(published, Inference.META),
        Inferred.none(),
        text);
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
