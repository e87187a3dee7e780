package dev.storyweave.quotes;

/**
 * A run of text between quotation marks.
 *
 * @param open offset of the opening mark
 * @param start first offset of the quoted words (after the mark and leading spaces)
 * @param end offset just after the quoted words (before the closing mark and trailing spaces)
 * @param close offset of the closing mark, or -1 when the quote runs unclosed to the paragraph end
 */
record QuotedSpan(int open, int start, int end, int close) {
  QuotedSpan {
    if (open < 0 || start <= open || end < start) {
      throw new IllegalArgumentException(
          "bad quoted span: open=" + open + " start=" + start + " end=" + end);
    }
    if (close != -1 && close < end) {
      throw new IllegalArgumentException(
          "closing mark inside quote: end=" + end + " close=" + close);
    }
  }

  boolean closed() {
    return close >= 0;
  }

  /** Offset just after the whole quotation, closing mark included. */
  int outerEnd() {
    return closed() ? close + 1 : end;
  }
}
