package dev.storyweave.app.eval;

import dev.storyweave.claims.ContentTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/*
 * ROUGE recall as ROUGE-1.5.5 computes it with DUC 2005-2007's settings
 * (ROUGE-1.5.5.pl -n 2 -x -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0 -l 250 -d):
 *
 *  - -l 250: peer and reference summaries are cut to their first 250 words (whitespace tokens);
 *  - tokens are lower-cased, every character outside [a-z0-9] becomes a space, and with -m the
 *    tokens longer than three characters are Porter-stemmed; stop words are kept (no -s);
 *  - ROUGE-N recall against a set of references is their pooled clipped n-gram hits over their
 *    pooled n-gram counts (-f A: sum of hits / sum of reference n-grams);
 *  - ROUGE-SU4 (-2 4 -u) counts skip bigrams with at most four words between them plus unigrams,
 *    reproducing ROUGE-1.5.5's quirk of leaving the text's last unigram out;
 *  - jackknifing, as NIST ran ROUGE-1.5.5 for DUC: with M > 1 references the score is the mean over
 *    the M subsets that leave one reference out (each subset pooled as above), which makes system
 *    scores comparable with a human's scored against the other references.
 *
 * Known differences: ROUGE-1.5.5 looks irregular forms up in WordNet's exception list before
 * stemming ("went" -> "go") and uses its own Porter variant (a change in step 4 for "-ement"); here
 * Snowball's implementation of Porter's original algorithm (Lucene) stems every token longer than
 * three characters. Confidence intervals (-c 95 -r 1000) are resampling statistics over topics and
 * are not computed.
 */
/** ROUGE-1, ROUGE-2 and ROUGE-SU4 recall with ROUGE-1.5.5's DUC settings. Thread-safe. */
public final class Rouge {

  /** The word limit DUC 2005-2007 used. */
  public static final int DUC_WORDS = 250;

  /** Recall scores of one peer summary. */
  public record Scores(double rouge1, double rouge2, double rougeSu4) {}

  private final int wordLimit;

  private Rouge(int wordLimit) {
    this.wordLimit = wordLimit;
  }

  /** Scorer with the given word limit (0 = no limit). */
  public static Rouge withWordLimit(int words) {
    if (words < 0) {
      throw new IllegalArgumentException("word limit is negative: " + words);
    }
    return new Rouge(words);
  }

  /** Scorer with DUC's 250-word limit. */
  public static Rouge duc() {
    return new Rouge(DUC_WORDS);
  }

  /** The peer's recall against the references, jackknifed when there are several. */
  public Scores score(String peer, List<String> references) {
    if (references.isEmpty()) {
      throw new IllegalArgumentException("no reference summaries");
    }
    List<String> p = tokens(peer);
    List<List<String>> refs = new ArrayList<>();
    for (String r : references) {
      refs.add(tokens(r));
    }
    return new Scores(
        jackknife(p, refs, Kind.UNIGRAM),
        jackknife(p, refs, Kind.BIGRAM),
        jackknife(p, refs, Kind.SU4));
  }

  private enum Kind {
    UNIGRAM,
    BIGRAM,
    SU4
  }

  private static double jackknife(List<String> peer, List<List<String>> refs, Kind kind) {
    Map<String, Integer> peerGrams = grams(peer, kind);
    List<Map<String, Integer>> refGrams = new ArrayList<>();
    for (List<String> r : refs) {
      refGrams.add(grams(r, kind));
    }
    if (refGrams.size() == 1) {
      return recall(peerGrams, refGrams);
    }
    double sum = 0;
    for (int leftOut = 0; leftOut < refGrams.size(); leftOut++) {
      List<Map<String, Integer>> subset = new ArrayList<>(refGrams);
      subset.remove(leftOut);
      sum += recall(peerGrams, subset);
    }
    return sum / refGrams.size();
  }

  private static double recall(Map<String, Integer> peer, List<Map<String, Integer>> refs) {
    long hits = 0;
    long total = 0;
    for (Map<String, Integer> ref : refs) {
      for (Map.Entry<String, Integer> e : ref.entrySet()) {
        total += e.getValue();
        hits += Math.min(e.getValue(), peer.getOrDefault(e.getKey(), 0));
      }
    }
    return total == 0 ? 0 : hits / (double) total;
  }

  private static Map<String, Integer> grams(List<String> tokens, Kind kind) {
    Map<String, Integer> out = new HashMap<>();
    switch (kind) {
      case UNIGRAM -> tokens.forEach(t -> out.merge(t, 1, Integer::sum));
      case BIGRAM -> {
        for (int i = 0; i + 1 < tokens.size(); i++) {
          out.merge(tokens.get(i) + " " + tokens.get(i + 1), 1, Integer::sum);
        }
      }
      case SU4 -> {
        // As ROUGE-1.5.5's createSkipBigram: the loop stops before the last token, so the last
        // token's unigram is not counted (it still ends skip bigrams).
        for (int i = 0; i < tokens.size() - 1; i++) {
          out.merge(tokens.get(i), 1, Integer::sum);
          for (int j = i + 1; j < tokens.size() && j - i - 1 <= 4; j++) {
            out.merge(tokens.get(i) + " " + tokens.get(j), 1, Integer::sum);
          }
        }
      }
    }
    return out;
  }

  /** Words cut to the limit, then normalised and stemmed as ROUGE does. */
  List<String> tokens(String text) {
    String[] words = text.strip().split("\\s+");
    int n = wordLimit == 0 ? words.length : Math.min(wordLimit, words.length);
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < n; i++) {
      kept.append(words[i]).append(' ');
    }
    String normalised = kept.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", " ");
    List<String> out = new ArrayList<>();
    for (String t : normalised.trim().split("\\s+")) {
      if (!t.isEmpty()) {
        out.add(t.length() > 3 ? ContentTerms.stem(t) : t);
      }
    }
    return out;
  }
}
