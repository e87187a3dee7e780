package dev.storyweave.timeline;

import dev.storyweave.model.Article;
import dev.storyweave.model.Inference;
import dev.storyweave.model.Inferred;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The seed story as StoryArticles, read from ../shared; no seed text lives in the repository. */
final class SeedStory {

  private SeedStory() {}

  /** An ISO date on the first line: the date header some outlets put above the article. */
  private static final Pattern HEADER_DATE = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b");

  static Path seedsDir() {
    String property = System.getProperty("storyweave.shared");
    List<Path> candidates = new ArrayList<>();
    if (property != null) {
      candidates.add(Path.of(property, "seeds"));
    }
    candidates.add(Path.of("../shared/seeds"));
    candidates.add(Path.of("../../shared/seeds"));
    for (Path candidate : candidates) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("seeds not found, tried " + candidates);
  }

  /**
   * The seeds; an article's published date is its header line's date when it has one (as ingest
   * does), else absent and left to inference.
   */
  static List<StoryArticle> load() {
    List<StoryArticle> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(seedsDir())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String id = file.getFileName().toString().replaceFirst("\\.txt$", "");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        out.add(article(id, text, headerDate(text)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static LocalDate headerDate(String text) {
    String firstLine = text.strip().lines().findFirst().orElse("");
    Matcher m = HEADER_DATE.matcher(firstLine);
    return m.find() ? LocalDate.parse(m.group(1)) : null;
  }

  static StoryArticle article(String id, String text, LocalDate published) {
    Article article =
        new Article(
            id,
            id + ".txt",
            null,
            Integer.toHexString(text.hashCode()),
            Inferred.none(),
            Inferred.none(),
            Inferred.none(),
            Inferred.none(),
            published == null ? Inferred.none() : Inferred.of(published, Inference.TEXT_PATTERN),
            Inferred.of("en", Inference.TEXT_PATTERN),
            text);
    return new StoryArticle(article, TextAnalyzer.english().analyze(id, text));
  }
}
