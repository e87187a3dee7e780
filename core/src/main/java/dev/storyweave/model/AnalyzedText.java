package dev.storyweave.model;

import java.util.List;

/** An article's text split into sentences and tokens, all offsets into {@code text}. */
public record AnalyzedText(String articleId, String text, List<Sentence> sentences) {
  public AnalyzedText {
    sentences = List.copyOf(sentences);
    int previousEnd = 0;
    for (Sentence s : sentences) {
      if (s.start() < previousEnd || s.end() > text.length()) {
        throw new IllegalArgumentException(
            "sentences overlap or leave the text: article=" + articleId + " sentence=" + s.index());
      }
      previousEnd = s.end();
    }
  }
}
