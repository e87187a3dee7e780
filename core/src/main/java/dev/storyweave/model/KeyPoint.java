package dev.storyweave.model;

import java.util.List;

/** A briefing key point: a source sentence (or a faithful compression of one) with citations. */
public record KeyPoint(String text, List<String> articles, List<Mention> spans) {
  public KeyPoint {
    articles = List.copyOf(articles);
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("key point without a source span: " + text);
    }
  }
}
