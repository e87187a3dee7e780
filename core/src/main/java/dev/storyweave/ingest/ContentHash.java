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
   * Hex SHA-256 (of the UTF-8 bytes) of {@code text} with every run of whitespace, including
   * no-break and other Unicode spaces, replaced by one space and the ends trimmed, so the same text
   * laid out differently hashes the same.
   */
  public static String of(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder normalised = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = normalised.length() > 0;
      } else {
        if (space) {
          normalised.append(' ');
          space = false;
        }
        normalised.append(c);
      }
    }
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(digest.digest(normalised.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
