package dev.storyweave.model;

/**
 * A token with offsets into the article text.
 *
 * @param text the token as written
 * @param normalized case- and diacritic-folded form for matching
 */
public record Token(int start, int end, String text, String normalized) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span: start=" + start + " end=" + end);
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(
          "token text does not match span: start=" + start + " end=" + end + " text=" + text);
    }
  }

  public Span span() {
    return new Span(start, end);
  }
}
