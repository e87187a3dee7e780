package dev.storyweave.testdata;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;
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

/**
 * Reads the shared seeds and corpora (never copied into the repository) and builds story articles
 * from plain text, standing in for the ingest stage in tests.
 */
public final class SharedData {

  private SharedData() {}

  /** The shared data folder: the {@code storyweave.shared} property, else {@code ../shared}. */
  public static Path shared() {
    String property = System.getProperty("storyweave.shared");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Path.of(property);
    }
    for (String candidate : List.of("../shared", "../../shared", "../../../shared")) {
      if (Files.isDirectory(Path.of(candidate, "seeds"))) {
        return Path.of(candidate);
      }
    }
    throw new IllegalStateException("shared data not found; set -Dstoryweave.shared");
  }

  /** The seed articles, id = file name without extension, in file name order. */
  public static List<StoryArticle> seeds() {
    try (Stream<Path> files = Files.list(shared().resolve("seeds"))) {
      List<StoryArticle> out = new ArrayList<>();
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        out.add(article(name.substring(0, name.lastIndexOf('.')), read(file)));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's text, as UTF-8 when it decodes, else as Latin-1. */
  public static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .decode(java.nio.ByteBuffer.wrap(bytes))
            .toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A story article with no metadata, analysed by the English text analyzer. */
  public static StoryArticle article(String id, String text) {
    Article article = Article.withoutMetadata(id, id, Integer.toHexString(text.hashCode()), text);
    AnalyzedText analyzed = TextAnalyzer.english().analyze(id, text);
    return new StoryArticle(article, analyzed);
  }
}
