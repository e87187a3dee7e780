package dev.storyweave.entities;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the shared seed story (never copied into the repository). */
final class Seeds {

  private Seeds() {}

  static Path shared() {
    String property = System.getProperty("storyweave.shared");
    List<Path> candidates = new ArrayList<>();
    if (property != null) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("../shared"));
    candidates.add(Path.of("../../shared"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate.resolve("seeds"))) {
        return candidate;
      }
    }
    throw new IllegalStateException("shared data not found, tried " + candidates);
  }

  static List<StoryArticle> story() {
    try (Stream<Path> files = Files.list(shared().resolve("seeds"))) {
      List<StoryArticle> story = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - 4);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Article article =
            new Article(
                id,
                file.toString(),
                null,
                "0",
                Inferred.none(),
                Inferred.none(),
                Inferred.none(),
                Inferred.none(),
                Inferred.none(),
                Inferred.none(),
                text);
        story.add(new StoryArticle(article, TextAnalyzer.english().analyze(id, text)));
      }
      return story;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
