package dev.storyweave.text;

import java.util.ArrayList;
import java.util.List;

/*
 * News text arrives as lines: paragraphs, headings without a final period, datelines, bullet
 * items (a marker on its own line, or "- " / "• " before the item). A heading is never part of the
 * next paragraph's first sentence, so a line break ends a block. The one exception is hard-wrapped
 * prose (mail, plain-text wires): a line that does not end like a sentence, followed by a line
 * that starts in lower case, continues the same sentence. Bullet markers belong to no sentence.
 */
final class NewsLayout {

  private NewsLayout() {}

  /** Blocks of {@code text} that sentences never cross, as {@code [start, end)} pairs. */
  static List<int[]> blocks(String text) {
    List<int[]> lines = contentLines(text);
    List<int[]> blocks = new ArrayList<>();
    int[] open = null;
    for (int[] line : lines) {
      if (open != null
          && line[2] == 0
          && open[1] == line[3]
          && !endsLikeSentence(text, open[1])
          && Character.isLowerCase(text.charAt(line[0]))) {
        open[1] = line[1];
        continue;
      }
      if (open != null) {
        blocks.add(new int[] {open[0], open[1]});
      }
      open = new int[] {line[0], line[1]};
    }
    if (open != null) {
      blocks.add(new int[] {open[0], open[1]});
    }
    return blocks;
  }

  /**
   * Non-empty line contents without bullet markers and surrounding blanks: {start, end, bulleted
   * (0/1), end of the previous line's content when that line is directly above, else -1}.
   */
  private static List<int[]> contentLines(String text) {
    List<int[]> out = new ArrayList<>();
    int lineStart = 0;
    int previousEnd = -1;
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int start = skipBlanks(text, lineStart, lineEnd);
      int bulleted = 0;
      if (start < lineEnd
          && isBulletMarker(text.charAt(start))
          && (start + 1 == lineEnd || isBlank(text.charAt(start + 1)))) {
        bulleted = 1;
        start = skipBlanks(text, start + 1, lineEnd);
      }
      int end = lineEnd;
      while (end > start && isBlank(text.charAt(end - 1))) {
        end--;
      }
      if (end > start) {
        out.add(new int[] {start, end, bulleted, previousEnd});
        previousEnd = end;
      } else {
        // a blank line or a bare bullet marker ends any wrapped paragraph
        previousEnd = -1;
      }
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static int skipBlanks(String text, int from, int to) {
    int i = from;
    while (i < to && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  private static boolean isBulletMarker(char c) {
    return switch (c) {
      case '-',
          '*',
          '+',
          '\u2022',
          '\u00B7',
          '\u2023',
          '\u2043',
          '\u25AA',
          '\u25CF',
          '\u25E6',
          '\u2013',
          '\u2014',
          '\u25A0',
          '\u25BA',
          '\u27A4' ->
          true;
      default -> false;
    };
  }

  private static boolean endsLikeSentence(String text, int end) {
    char last = text.charAt(end - 1);
    return switch (last) {
      case '.', '!', '?', ':', ';', '"', '\u201D', '\u2019', '\'', ')', ']', '\u2026' -> true;
      default -> false;
    };
  }
}
