package dev.storyweave.provenance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/*
 * Order-preserving alignment of one article's sentences onto another's. A copied, rewritten or
 * summarised text keeps its source's order; the sentences two independent reports happen to share
 * (the same fact, the same quote) come in any order and are few. So the score is a monotone
 * dynamic-programming alignment (like a global sequence alignment without gap costs) over sentence
 * pairs, each pair worth how far its similarity rises above a floor that same-topic sentences
 * rarely reach.
 *
 * Similarity of two sentences is the larger of their embedding cosine and a lexical score: any
 * shared word trigram lifts a pair to the floor, and full trigram containment (of the shorter
 * sentence in the longer) to 1. Embeddings catch paraphrase and machine translation; trigrams
 * catch verbatim reuse that embeddings of long sentences blur.
 *
 * The floor (0.80 cosine, BGE-small) was chosen on Clough & Stevenson (derived vs independent
 * answers on one topic, AUC 0.957 for this score at 0.80 against 0.945 at 0.70).
 */
final class SentenceAligner {

  static final double FLOOR = 0.80;

  /** A pair on the alignment path worth reporting as evidence. */
  static final double EVIDENCE = 0.84;

  private SentenceAligner() {}

  /** One aligned pair: indexes into the copy's and the source's unit lists. */
  record Link(int copy, int source, double similarity, double lexical, boolean exact) {}

  /**
   * The alignment of {@code copy} onto {@code source}.
   *
   * @param score weighted share of the copy explained by the source, in [0,1]
   * @param links pairs on the alignment path above {@link #FLOOR}, in copy order
   */
  record Alignment(double score, List<Link> links) {}

  static Alignment align(List<SentenceUnit> copy, List<SentenceUnit> source) {
    return align(copy, source, Similarities.of(copy, source));
  }

  /** Sentence-pair similarities of two articles, computed once for both directions. */
  record Similarities(double[][] similarity, double[][] lexical) {

    static Similarities of(List<SentenceUnit> a, List<SentenceUnit> b) {
      double[][] sim = new double[a.size()][b.size()];
      double[][] lex = new double[a.size()][b.size()];
      for (int i = 0; i < a.size(); i++) {
        for (int j = 0; j < b.size(); j++) {
          lex[i][j] = SentenceAligner.lexical(a.get(i), b.get(j));
          sim[i][j] = SentenceAligner.similarity(a.get(i), b.get(j), lex[i][j]);
        }
      }
      return new Similarities(sim, lex);
    }

    /** The same similarities seen from the other article. */
    Similarities transposed() {
      return new Similarities(transpose(similarity), transpose(lexical));
    }

    private static double[][] transpose(double[][] matrix) {
      int rows = matrix.length;
      int cols = rows == 0 ? 0 : matrix[0].length;
      double[][] out = new double[cols][rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          out[j][i] = matrix[i][j];
        }
      }
      return out;
    }
  }

  /** The alignment of {@code copy} onto {@code source} given their pair similarities. */
  static Alignment align(
      List<SentenceUnit> copy, List<SentenceUnit> source, Similarities similarities) {
    int n = copy.size();
    int m = source.size();
    double totalWeight = 0;
    for (SentenceUnit u : copy) {
      totalWeight += u.weight();
    }
    if (n == 0 || m == 0 || totalWeight == 0) {
      return new Alignment(0, List.of());
    }
    double[][] sim = similarities.similarity();
    double[][] lex = similarities.lexical();
    double[][] best = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      double w = copy.get(i - 1).weight();
      for (int j = 1; j <= m; j++) {
        double gain = Math.max(0, sim[i - 1][j - 1] - FLOOR) / (1 - FLOOR) * w;
        best[i][j] = Math.max(Math.max(best[i - 1][j], best[i][j - 1]), best[i - 1][j - 1] + gain);
      }
    }
    List<Link> links = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      if (best[i][j] == best[i - 1][j]) {
        i--;
      } else if (best[i][j] == best[i][j - 1]) {
        j--;
      } else {
        links.add(
            new Link(
                i - 1,
                j - 1,
                sim[i - 1][j - 1],
                lex[i - 1][j - 1],
                copy.get(i - 1).words().equals(source.get(j - 1).words())));
        i--;
        j--;
      }
    }
    Collections.reverse(links);
    return new Alignment(Math.min(1.0, best[n][m] / totalWeight), List.copyOf(links));
  }

  static double similarity(SentenceUnit a, SentenceUnit b, double lexical) {
    double cosine = SentenceEmbeddings.cosine(a.embedding(), b.embedding());
    double verbatim = lexical > 0 ? FLOOR + (1 - FLOOR) * lexical : 0;
    return Math.max(cosine, verbatim);
  }

  /** Trigram containment of the shorter sentence in the longer one. */
  static double lexical(SentenceUnit a, SentenceUnit b) {
    Set<String> small = a.trigrams().size() <= b.trigrams().size() ? a.trigrams() : b.trigrams();
    Set<String> large = small == a.trigrams() ? b.trigrams() : a.trigrams();
    if (small.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String t : small) {
      if (large.contains(t)) {
        shared++;
      }
    }
    return shared / (double) small.size();
  }
}
