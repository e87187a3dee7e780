package dev.storyweave.app.eval;

import dev.storyweave.model.Article;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.text.TextAnalyzer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Corpus texts as story articles without metadata, for the eval harnesses. */
final class EvalTexts {

  private EvalTexts() {}

  /** A file's text: UTF-8 when it decodes, else Latin-1 (older corpora mix both). */
  static String read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /** {@code text} as an analysed article named {@code id}. */
  static StoryArticle article(String id, String text) {
    Article article = Article.withoutMetadata(id, id, sha256(text), text);
    return new StoryArticle(article, TextAnalyzer.english().analyze(id, text));
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }
}
