package dev.storyweave.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/*
 * Which pairs of a story's articles get the sentence alignment. Aligning every pair costs
 * n(n-1)/2 alignments of s x s sentence pairs; a story of a thousand articles would take
 * minutes. A derived pair is linked only when the copy is explained well above the story's
 * background (AlignmentDerivationDetector), and explanation comes from sentence pairs that share
 * word trigrams or whose embeddings are close, so a pair is a candidate when
 *  - it shares word trigrams that are rare in the story (in at most a quarter of its articles:
 *    what every report repeats, a title or a stock phrase, says nothing about copying), at least
 *    LEXICAL_SHARE of the shorter article's words (an eighth of the lowest score that can link:
 *    weak links made of one shared quote plus scattered common phrases need little), or
 *  - its sentence pairs with an embedding cosine of at least SENTENCE_CLOSE would bring that much
 *    alignment gain: paraphrase and translation. Checking every sentence pair exactly would cost
 *    as much as aligning; instead each sentence gets a 128-bit random-hyperplane sketch of its
 *    embedding with the story's mean removed (one topic's raw BGE vectors all point one way), and
 *    only pairs within SKETCH_DISTANCE differing bits (about 67 degrees apart after centring,
 *    where a pair at SENTENCE_CLOSE falls well inside) get their cosine computed, or
 *  - one article is among the other's NEIGHBOURS nearest by centred mean sentence embedding, or
 *    the two are closer than CENTRED_CLOSE: whole-article paraphrase and summaries.
 * On a 500-article PolNeAR story with 25 planted copies (storyweave bench --provenance 500),
 * proposing every pair with the sampled background below gave as many edges as aligning every
 * pair (71), so what the filter misses it misses by not proposing. At LEXICAL_SHARE 0.04 it found
 * 48 of them, at 0.01 62 and at 0.005 67, aligning 10%, 12% and 19% of the pairs; every planted
 * copy was found in each case, the misses are weak rewrite links between reports that share a
 * quote or two. The lexical share fixes a constant factor (pairs sharing that much stay a
 * constant fraction of the story's pairs); neighbours and background samples grow linearly.
 * Background: linking compares a pair's score with the medians of how much the copy is explained
 * by the other articles and how much the source explains them. Those medians are taken over
 * BACKGROUND_SAMPLE pseudo-random partners per article (fixed seed, so the same story gives the
 * same edges) instead of over all articles; a median of a dozen and more scores is stable, and
 * sampled pairs are kept apart from candidates, which are the most similar pairs and would push
 * the medians up. Stories of at most EXHAUSTIVE_UP_TO articles align every pair, exactly as
 * before the filter existed.
 */
final class PairFilter {

  static final int EXHAUSTIVE_UP_TO = 32;
  static final double LEXICAL_SHARE = 0.01;
  static final int NEIGHBOURS = 16;
  static final double CENTRED_CLOSE = 0.8;
  static final int BACKGROUND_SAMPLE = 16;
  static final int SKETCH_BITS = 128;
  static final int SKETCH_DISTANCE = 48;
  static final double SENTENCE_CLOSE = 0.84;
  private static final long SEED = 0x5eedL;

  /**
   * Pairs to align, as {@code a << 32 | b} with {@code a < b}, ascending; {@code background[i]}
   * tells whether pair {@code i} counts toward the background medians.
   */
  record Plan(long[] pairs, boolean[] background, int candidates) {
    Plan {
      if (pairs.length != background.length) {
        throw new IllegalArgumentException(
            "pairs and background flags differ in length: "
                + pairs.length
                + " "
                + background.length);
      }
    }
  }

  private PairFilter() {}

  /** Every pair, each counting toward the background. */
  static Plan all(int n) {
    long[] pairs = new long[n * (n - 1) / 2];
    int k = 0;
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        pairs[k++] = key(a, b);
      }
    }
    boolean[] background = new boolean[pairs.length];
    Arrays.fill(background, true);
    return new Plan(pairs, background, pairs.length);
  }

  /** The pairs of a story given its articles' alignment units (with embeddings). */
  static Plan plan(List<List<SentenceUnit>> units) {
    int n = units.size();
    if (n <= EXHAUSTIVE_UP_TO) {
      return all(n);
    }
    Set<Long> candidates = new HashSet<>();
    int[] words = new int[n];
    for (int a = 0; a < n; a++) {
      for (SentenceUnit u : units.get(a)) {
        words[a] += u.weight();
      }
    }
    lexicalCandidates(units, words, candidates);
    sentenceCandidates(units, words, candidates);
    embeddingCandidates(units, candidates);
    Set<Long> sampled = new HashSet<>();
    SplittableRandom random = new SplittableRandom(SEED);
    for (int a = 0; a < n; a++) {
      for (int s = 0; s < BACKGROUND_SAMPLE; s++) {
        int b = random.nextInt(n - 1);
        if (b >= a) {
          b++;
        }
        sampled.add(key(Math.min(a, b), Math.max(a, b)));
      }
    }
    Set<Long> union = new HashSet<>(candidates);
    union.addAll(sampled);
    long[] pairs = union.stream().mapToLong(Long::longValue).sorted().toArray();
    boolean[] background = new boolean[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      background[i] = sampled.contains(pairs[i]);
    }
    return new Plan(pairs, background, candidates.size());
  }

  static long key(int a, int b) {
    return ((long) a << 32) | b;
  }

  static int first(long key) {
    return (int) (key >>> 32);
  }

  static int second(long key) {
    return (int) key;
  }

  private static void lexicalCandidates(
      List<List<SentenceUnit>> units, int[] words, Set<Long> out) {
    int n = units.size();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int a = 0; a < n; a++) {
      Set<String> trigrams = new HashSet<>();
      for (SentenceUnit u : units.get(a)) {
        trigrams.addAll(u.trigrams());
      }
      for (String t : trigrams) {
        postings.computeIfAbsent(t, k -> new ArrayList<>()).add(a);
      }
    }
    int maxDf = Math.max(2, n / 4);
    // Per article, its rare trigrams' posting lists; counts of shared ones per later article.
    List<List<int[]>> rare = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      rare.add(new ArrayList<>());
    }
    for (List<Integer> list : postings.values()) {
      if (list.size() < 2 || list.size() > maxDf) {
        continue;
      }
      int[] ids = list.stream().mapToInt(Integer::intValue).toArray();
      for (int a : ids) {
        rare.get(a).add(ids);
      }
    }
    int[] shared = new int[n];
    for (int a = 0; a < n; a++) {
      Arrays.fill(shared, 0);
      for (int[] ids : rare.get(a)) {
        for (int b : ids) {
          if (b > a) {
            shared[b]++;
          }
        }
      }
      for (int b = a + 1; b < n; b++) {
        if (shared[b] > 0 && shared[b] >= LEXICAL_SHARE * Math.min(words[a], words[b])) {
          out.add(key(a, b));
        }
      }
    }
  }

  /**
   * Pairs whose sentences, paired up, could explain LEXICAL_SHARE of the shorter article through
   * embedding similarity alone: every sentence pair of two different articles within SKETCH_BITS
   * random-hyperplane signs of each other (on embeddings with the story's mean removed: raw BGE
   * vectors of one topic all point the same way) has its exact cosine checked, and pairs at or
   * above SENTENCE_CLOSE add the alignment gain they would bring.
   */
  private static void sentenceCandidates(
      List<List<SentenceUnit>> units, int[] words, Set<Long> out) {
    List<float[]> vectors = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    List<Integer> weights = new ArrayList<>();
    for (int a = 0; a < units.size(); a++) {
      for (SentenceUnit u : units.get(a)) {
        vectors.add(u.embedding());
        owners.add(a);
        weights.add(u.weight());
      }
    }
    int count = vectors.size();
    if (count < 2) {
      return;
    }
    int dims = vectors.get(0).length;
    double[] mean = new double[dims];
    for (float[] v : vectors) {
      for (int d = 0; d < dims; d++) {
        mean[d] += v[d] / count;
      }
    }
    java.util.Random random = new java.util.Random(SEED);
    double[][] planes = new double[SKETCH_BITS][dims];
    for (double[] plane : planes) {
      for (int d = 0; d < dims; d++) {
        plane[d] = random.nextGaussian();
      }
    }
    long[] low = new long[count];
    long[] high = new long[count];
    for (int i = 0; i < count; i++) {
      float[] v = vectors.get(i);
      for (int k = 0; k < SKETCH_BITS; k++) {
        double dot = 0;
        for (int d = 0; d < dims; d++) {
          dot += (v[d] - mean[d]) * planes[k][d];
        }
        if (dot > 0) {
          if (k < 64) {
            low[i] |= 1L << k;
          } else {
            high[i] |= 1L << (k - 64);
          }
        }
      }
    }
    Map<Long, double[]> gains = new HashMap<>();
    // Sentences are grouped by article: j starts after the last sentence of i's article.
    int[] nextArticleStart = new int[count];
    for (int i = count - 1; i >= 0; i--) {
      nextArticleStart[i] =
          i + 1 < count && owners.get(i + 1).equals(owners.get(i))
              ? nextArticleStart[i + 1]
              : i + 1;
    }
    for (int i = 0; i < count; i++) {
      for (int j = nextArticleStart[i]; j < count; j++) {
        int distance = Long.bitCount(low[i] ^ low[j]) + Long.bitCount(high[i] ^ high[j]);
        if (distance > SKETCH_DISTANCE) {
          continue;
        }
        double cosine = SentenceEmbeddings.cosine(vectors.get(i), vectors.get(j));
        if (cosine < SENTENCE_CLOSE) {
          continue;
        }
        double gain =
            (cosine - SentenceAligner.FLOOR)
                / (1 - SentenceAligner.FLOOR)
                * Math.min(weights.get(i), weights.get(j));
        gains.computeIfAbsent(key(owners.get(i), owners.get(j)), k -> new double[1])[0] += gain;
      }
    }
    for (Map.Entry<Long, double[]> e : gains.entrySet()) {
      int a = first(e.getKey());
      int b = second(e.getKey());
      if (e.getValue()[0] >= LEXICAL_SHARE * Math.min(words[a], words[b])) {
        out.add(e.getKey());
      }
    }
  }

  private static void embeddingCandidates(List<List<SentenceUnit>> units, Set<Long> out) {
    int n = units.size();
    float[][] centroid = new float[n][];
    int dims = 0;
    for (int a = 0; a < n; a++) {
      for (SentenceUnit u : units.get(a)) {
        dims = u.embedding().length;
        if (centroid[a] == null) {
          centroid[a] = new float[dims];
        }
        for (int d = 0; d < dims; d++) {
          centroid[a][d] += u.embedding()[d] * u.weight();
        }
      }
    }
    if (dims == 0) {
      return;
    }
    float[] mean = new float[dims];
    int present = 0;
    for (float[] c : centroid) {
      if (c != null) {
        normalize(c);
        for (int d = 0; d < dims; d++) {
          mean[d] += c[d];
        }
        present++;
      }
    }
    for (int d = 0; d < dims; d++) {
      mean[d] /= present;
    }
    for (float[] c : centroid) {
      if (c != null) {
        for (int d = 0; d < dims; d++) {
          c[d] -= mean[d];
        }
        normalize(c);
      }
    }
    double[] cosine = new double[n];
    Integer[] order = new Integer[n];
    for (int a = 0; a < n; a++) {
      if (centroid[a] == null) {
        continue;
      }
      for (int b = 0; b < n; b++) {
        order[b] = b;
        cosine[b] =
            b == a || centroid[b] == null
                ? Double.NEGATIVE_INFINITY
                : SentenceEmbeddings.cosine(centroid[a], centroid[b]);
      }
      Arrays.sort(
          order, (x, y) -> cosine[x] != cosine[y] ? Double.compare(cosine[y], cosine[x]) : x - y);
      for (int r = 0; r < n; r++) {
        int b = order[r];
        if (cosine[b] == Double.NEGATIVE_INFINITY
            || (r >= NEIGHBOURS && cosine[b] < CENTRED_CLOSE)) {
          break;
        }
        out.add(key(Math.min(a, b), Math.max(a, b)));
      }
    }
  }

  private static void normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return;
    }
    float scale = (float) (1 / Math.sqrt(norm));
    for (int d = 0; d < v.length; d++) {
      v[d] *= scale;
    }
  }
}
