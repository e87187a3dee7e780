package dev.storyweave.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** The content hash of an article text, used for exact de-duplication. */
public final class ContentHash {

  private ContentHash() {}

  /**
   * Hex SHA-256 of {@code text} with every run of whitespace replaced by one space and the ends
   * trimmed, so the same text laid out differently hashes the same.
   */
  public static String of(String text) {
    Objects.requireNonNull(text, "text");
    String normalised = text.strip().replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ");
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
