package dev.storyweave.model;

import java.util.List;

/**
 * A sentence (or heading, or bullet item) of an article, with offsets into the article text.
 *
 * @param index position of the sentence in the article, from 0
 * @param text exactly {@code articleText.substring(start, end)}
 * @param tokens the sentence's tokens, offsets into the article text
 */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
  public Sentence {
    if (index < 0) {
      throw new IllegalArgumentException("negative sentence index: " + index);
    }
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad sentence span: start=" + start + " end=" + end);
    }
    if (text == null || text.length() != end - start) {
      throw new IllegalArgumentException(
          "sentence text does not match span: start=" + start + " end=" + end);
    }
    tokens = List.copyOf(tokens);
  }

  public Span span() {
    return new Span(start, end);
  }
}
