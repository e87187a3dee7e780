package dev.storyweave.app.eval;

import dev.storyweave.model.Span;
import java.util.ArrayList;
import java.util.List;

/*
 * Attribution scoring with overlap matching, as in the attribution literature (PARC, PolNeAR): a
 * predicted attribution matches a gold one when their content spans share at least one character
 * and, for (content, source) pairs, their source spans also share one (or both have no source).
 * Matching is one-to-one and greedy, each prediction in order taking the unmatched gold
 * attribution with the largest content overlap, so one long gold quote cannot absorb several
 * predictions.
 */
final class AttributionScorer {

  /** A system attribution: content fragments (a split quote has several) and a source or null. */
  record Predicted(List<Span> content, Span source) {
    Predicted {
      content = List.copyOf(content);
      if (content.isEmpty()) {
        throw new IllegalArgumentException(
            "predicted attribution without content: source=" + source);
      }
    }
  }

  /** True positives, false positives and false negatives. */
  record Counts(int tp, int fp, int fn) {
    Counts {
      if (tp < 0 || fp < 0 || fn < 0) {
        throw new IllegalArgumentException("negative count: tp=" + tp + " fp=" + fp + " fn=" + fn);
      }
    }

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts other) {
      return new Counts(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  private AttributionScorer() {}

  /** Scores one document; {@code withSource} false gives content-only scores. */
  static Counts score(
      List<PolnearCorpus.Attribution> gold, List<Predicted> predicted, boolean withSource) {
    boolean[] used = new boolean[gold.size()];
    int tp = 0;
    for (Predicted p : predicted) {
      int best = -1;
      int bestOverlap = 0;
      for (int g = 0; g < gold.size(); g++) {
        if (used[g]) {
          continue;
        }
        PolnearCorpus.Attribution a = gold.get(g);
        int overlap = overlap(p.content(), a.content());
        if (overlap > bestOverlap && (!withSource || sourcesMatch(p.source(), a.source()))) {
          best = g;
          bestOverlap = overlap;
        }
      }
      if (best >= 0) {
        used[best] = true;
        tp++;
      }
    }
    return new Counts(tp, predicted.size() - tp, gold.size() - tp);
  }

  static boolean sourcesMatch(Span predicted, Span gold) {
    if (predicted == null || gold == null) {
      return predicted == null && gold == null;
    }
    return predicted.overlaps(gold);
  }

  /** Characters shared by two sets of fragments. */
  static int overlap(List<Span> a, List<Span> b) {
    int total = 0;
    for (Span x : a) {
      for (Span y : b) {
        total += Math.max(0, Math.min(x.end(), y.end()) - Math.max(x.start(), y.start()));
      }
    }
    return total;
  }

  /**
   * Quotation-mark-delimited spans of at least {@code minWords} words, per paragraph. Curly and
   * straight double quotes, guillemets, and the two apostrophes ('') some newspapers' archives use
   * for both marks. A paragraph whose quotation stays open counts when the next paragraph opens
   * with a mark, the convention for a quotation that runs over several paragraphs.
   */
  static List<Span> quotedSpans(String text, int minWords) {
    List<Span> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
        if (open < 0) {
          open = i + 1;
        } else {
          if (words(text, open + 1, i) >= minWords) {
            out.add(new Span(open + 1, i));
          }
          open = -1;
        }
        i++;
        continue;
      }
      if (c == '\n') {
        if (open >= 0 && continuesQuotation(text, i) && words(text, open + 1, i) >= minWords) {
          out.add(new Span(open + 1, i)); // a paragraph of a quotation that runs on
        }
        open = -1;
        continue;
      }
      boolean opener = c == '\u201C' || c == '\u201E' || c == '\u00AB';
      boolean closer = c == '\u201D' || c == '\u00BB';
      if (c == '"') {
        opener = open < 0;
        closer = open >= 0;
      }
      if (open < 0 && opener) {
        open = i;
      } else if (open >= 0 && closer) {
        if (words(text, open + 1, i) >= minWords) {
          out.add(new Span(open + 1, i));
        }
        open = -1;
      }
    }
    return out;
  }

  /**
   * True when the paragraph after the line break at {@code newline} opens with a quotation mark:
   * the convention for a quotation over several paragraphs, where each paragraph opens with a mark
   * and only the last one closes.
   */
  private static boolean continuesQuotation(String text, int newline) {
    int j = newline;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j >= text.length()) {
      return false;
    }
    char c = text.charAt(j);
    return c == '"'
        || c == '\u201C'
        || c == '\u201E'
        || c == '\u00AB'
        || c == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'';
  }

  /**
   * A direct quote, for this eval: the content contains (at least half of) a quotation of three or
   * more words between double quotation marks, or is itself such a quotation.
   */
  static boolean isDirect(PolnearCorpus.Attribution a, List<Span> quoted) {
    for (Span q : quoted) {
      if (2 * overlap(List.of(q), a.content()) >= q.length()) {
        return true;
      }
    }
    return false;
  }

  static int words(String text, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }
}
