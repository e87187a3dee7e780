package dev.storyweave.quotes;

import java.util.ArrayList;
import java.util.List;

/*
 * Quotation marks in news text are messy: curly pairs (“ ”), straight marks that only context can
 * orient ("), German („ “) and French/Scandinavian guillemets (« » and » «), British single
 * quotes (‘ ’ and ') that share a character with the apostrophe, and machine translation that
 * loses a closing mark. Direction is therefore decided by context first (a mark after a space and
 * before a letter opens, one after a letter and before a space or punctuation closes) and by the
 * mark's shape only when the context is ambiguous. Double marks and guillemets are scanned first,
 * per paragraph (a quotation never crosses a line break, and an unclosed one runs to the end of
 * its paragraph, as in multi-paragraph quotes); single quotes are looked for only outside them,
 * where a closing mark that looks like a plural possessive ("leaders' demands") is used only when
 * nothing better closes the quote. Quotes nested inside another quote are part of it.
 */
final class QuoteSpanFinder {

  private static final int MAX_SINGLE_QUOTE = 400;

  private enum Role {
    OPENER,
    CLOSER,
    EITHER
  }

  private QuoteSpanFinder() {}

  /** Quoted spans of {@code text} in text order; never throws. */
  static List<QuotedSpan> find(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      findInParagraph(text, lineStart, lineEnd, out);
      lineStart = lineEnd + 1;
    }
    return out;
  }

  private static void findInParagraph(String text, int from, int to, List<QuotedSpan> out) {
    List<QuotedSpan> top = new ArrayList<>();
    int openAt = -1;
    char family = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      char f = family(c);
      // Two apostrophes ('') stand for a double quotation mark in some newspaper archives.
      boolean doubled = c == '\'' && i + 1 < to && text.charAt(i + 1) == '\'';
      if (doubled) {
        f = 'd';
      }
      if (f != 'd' && f != 'g') {
        continue;
      }
      Role role = doubled ? doubledRole(text, i, from, to) : role(text, i, from, to);
      if (doubled) {
        i++; // the mark is two characters; i now points at its second one
      }
      if (openAt < 0) {
        if (role != Role.CLOSER) {
          openAt = i;
          family = f;
        }
      } else if (f == family) {
        int mark = doubled ? i - 1 : i;
        if (role != Role.OPENER) {
          add(text, openAt, mark, mark, top);
          openAt = -1;
        } else {
          // Two openers in a row: the first quotation lost its closing mark.
          add(text, openAt, mark, -1, top);
          openAt = i;
        }
      }
    }
    if (openAt >= 0) {
      add(text, openAt, to, -1, top);
    }
    List<QuotedSpan> single = new ArrayList<>();
    int gapStart = from;
    for (QuotedSpan q : top) {
      findSingle(text, gapStart, q.open(), from, to, single);
      gapStart = q.outerEnd();
    }
    findSingle(text, gapStart, to, from, to, single);
    int s = 0;
    for (QuotedSpan q : top) {
      while (s < single.size() && single.get(s).open() < q.open()) {
        out.add(single.get(s++));
      }
      out.add(q);
    }
    while (s < single.size()) {
      out.add(single.get(s++));
    }
  }

  private static void findSingle(
      String text, int from, int to, int paraFrom, int paraTo, List<QuotedSpan> out) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (family(c) == 's'
          && isBoundaryBefore(text, i, paraFrom)
          && i + 1 < to
          && Character.isLetterOrDigit(text.charAt(i + 1))) {
        int close = singleCloser(text, i + 1, Math.min(to, i + MAX_SINGLE_QUOTE), paraTo);
        if (close > 0) {
          add(text, i, close, close, out);
          i = close + 1;
          continue;
        }
      }
      i++;
    }
  }

  private static int singleCloser(String text, int from, int to, int paraTo) {
    int fallback = -1;
    for (int j = from; j < to; j++) {
      char c = text.charAt(j);
      if ((c == '\'' || c == '\u2019')
          && !Character.isWhitespace(text.charAt(j - 1))
          && isBoundaryAfter(text, j, paraTo)) {
        boolean possessive =
            (text.charAt(j - 1) == 's' || text.charAt(j - 1) == 'S')
                && j + 2 < paraTo
                && text.charAt(j + 1) == ' '
                && Character.isLowerCase(text.charAt(j + 2));
        if (!possessive) {
          return j;
        }
        if (fallback < 0) {
          fallback = j;
        }
      }
    }
    return fallback;
  }

  private static void add(String text, int open, int end, int close, List<QuotedSpan> out) {
    int start = open + 1;
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    boolean hasLetter = false;
    for (int k = start; k < e && !hasLetter; k++) {
      hasLetter = Character.isLetterOrDigit(text.charAt(k));
    }
    if (hasLetter) {
      out.add(new QuotedSpan(open, start, e, close));
    }
  }

  /** 'd' double quote, 'g' guillemet, 's' single quote, 0 otherwise. */
  static char family(char c) {
    return switch (c) {
      case '"', '\u201C', '\u201D', '\u201E', '\u201F', '\u301D', '\u301E', '\uFF02' -> 'd';
      case '\u00AB', '\u00BB', '\u2039', '\u203A' -> 'g';
      case '\'', '\u2018', '\u2019', '\u201A', '\u201B' -> 's';
      default -> 0;
    };
  }

  private static Role doubledRole(String text, int i, int from, int to) {
    boolean before = isBoundaryBefore(text, i, from);
    boolean after = isBoundaryAfter(text, i + 1, to);
    return before && !after ? Role.OPENER : after && !before ? Role.CLOSER : Role.EITHER;
  }

  private static Role role(String text, int i, int from, int to) {
    boolean before = isBoundaryBefore(text, i, from);
    boolean after = isBoundaryAfter(text, i, to);
    if (before && !after) {
      return Role.OPENER;
    }
    if (after && !before) {
      return Role.CLOSER;
    }
    return switch (text.charAt(i)) {
      case '\u201C', '\u201E', '\u201F', '\u301D', '\u00AB', '\u2039' -> Role.OPENER;
      case '\u201D', '\u301E', '\u00BB', '\u203A' -> Role.CLOSER;
      default -> Role.EITHER;
    };
  }

  private static boolean isBoundaryBefore(String text, int i, int from) {
    if (i <= from) {
      return true;
    }
    char p = text.charAt(i - 1);
    return Character.isWhitespace(p) || "([{\u2014\u2013-/:".indexOf(p) >= 0 || family(p) != 0;
  }

  private static boolean isBoundaryAfter(String text, int i, int to) {
    if (i + 1 >= to) {
      return true;
    }
    char n = text.charAt(i + 1);
    return Character.isWhitespace(n)
        || ".,;:!?)]}\u2014\u2013-\u2026".indexOf(n) >= 0
        || family(n) != 0;
  }
}
