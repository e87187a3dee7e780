package dev.storyweave.model;

/** A half-open character range {@code [start, end)} into an article's text. */
public record Span(int start, int end) {
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("span start is negative: start=" + start + " end=" + end);
    }
    if (end < start) {
      throw new IllegalArgumentException("span end before start: start=" + start + " end=" + end);
    }
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** The text this span covers in {@code text}. */
  public String of(String text) {
    return text.substring(start, end);
  }
}
