package dev.storyweave.claims;

import dev.storyweave.model.Article;
import dev.storyweave.model.Derivation;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the seed story from ../shared/seeds as the story stages receive it. */
public final class SeedStories {

  private SeedStories() {}

  public static Path shared() {
    String property = System.getProperty("storyweave.shared");
    List<Path> candidates = new ArrayList<>();
    if (property != null) {
      candidates.add(Path.of(property));
    }
    candidates.add(Path.of("../shared"));
    candidates.add(Path.of("../../shared"));
    for (Path p : candidates) {
      if (Files.isDirectory(p.resolve("seeds"))) {
        return p;
      }
    }
    throw new IllegalStateException("shared folder with seeds not found: " + candidates);
  }

  /** The seed articles, id = file name without extension, text analysed, no metadata. */
  public static List<StoryArticle> seeds() {
    try (Stream<Path> files = Files.list(shared().resolve("seeds"))) {
      List<StoryArticle> out = new ArrayList<>();
      for (Path p : files.sorted().toList()) {
        String name = p.getFileName().toString();
        String id = name.substring(0, name.lastIndexOf('.'));
        String text = Files.readString(p);
        Article a =
            Article.withoutMetadata(id, p.toString(), Integer.toHexString(text.hashCode()), text);
        out.add(new StoryArticle(a, TextAnalyzer.english().analyze(id, text)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed article whose id starts with {@code prefix}. */
  public static String id(List<StoryArticle> story, String prefix) {
    return story.stream()
        .map(StoryArticle::id)
        .filter(i -> i.startsWith(prefix))
        .findFirst()
        .orElseThrow();
  }

  /**
   * The provenance edge the provenance stage reports for the seeds (hand-made here, as that stage
   * is built in parallel): the bullet-point article is a summary of the long original.
   */
  public static List<Derivation> derivations(List<StoryArticle> story) {
    return List.of(
        new Derivation(id(story, "001"), id(story, "000"), DerivationKind.SUMMARY, 0.6, List.of()));
  }
}
