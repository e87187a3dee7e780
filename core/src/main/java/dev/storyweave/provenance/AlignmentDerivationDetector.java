package dev.storyweave.provenance;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.Derivation.AlignedPair;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.signals.SentenceEmbedder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Every ordered pair of articles in the story is aligned sentence by sentence (SentenceAligner):
 * the score is the share of the first article explained, in order, by the second. In stories of
 * more than PairFilter.EXHAUSTIVE_UP_TO articles only the pairs PairFilter finds plausible are
 * aligned, plus a sample of pairs for the background (see there); smaller stories align all pairs.
 *
 * Deciding that a pair is derived. Articles of one story all report the same event, so even
 * independent reports explain a little of each other; what marks a copy is explaining much more
 * than the story's background. A pair is linked when its score is high outright (STRONG: verbatim
 * and near-verbatim copies, translations), or when it is above MIN_SCORE and at least LIFT times
 * the background, the geometric mean of how much the copy is explained by the other articles and
 * how much the source explains the other articles (medians, leaving the pair out). The
 * background corrects both for a long source that "explains" everything a little and for a copy
 * whose topic every article covers. A story of two articles has no background; there the pair
 * must explain each other: the geometric mean of both directions must reach PAIR_MUTUAL, since
 * a long text explains a short one on the same topic a little, but not the other way round. On
 * Clough & Stevenson (independent answers to one narrow question, harder than news) that rule
 * decides 0.958 of the pairs right, against 0.916 for a fixed threshold on one direction.
 *
 * Direction: an earlier publication date is the source; otherwise, when both sides explain each
 * other about equally (as a translation and its original do), the one that reads as
 * machine-translated is the copy; otherwise the side better explained by the other (the one
 * lacking material the other carries) is the copy.
 *
 * Kind, from the aligned pairs: identical sentences covering both sides make a duplicate;
 * mostly verbatim sentences make a near-duplicate when they cover the source, an excerpt when
 * they cover only part of it; paraphrase by a machine-translated copy is a translation; a much
 * shorter paraphrase spread over the whole source is a summary; any other paraphrase a rewrite.
 */
final class AlignmentDerivationDetector implements DerivationDetector {

  static final AlignmentDerivationDetector INSTANCE = new AlignmentDerivationDetector(null, true);

  static final double STRONG = 0.30;
  static final double MIN_SCORE = 0.08;
  static final double LIFT = 2.0;
  static final double PAIR_MUTUAL = 0.14;
  private static final double MIN_BACKGROUND = 0.01;

  // A translation explains its original about as well as the original explains it; a summary or
  // excerpt is explained much better than it explains its source.
  private static final double BALANCED = 0.75;

  private static final int MAX_EVIDENCE = 50;

  /** Null: the shared embedder, looked up at each call so tests and tools share one model. */
  private final SentenceEmbedder embedder;

  private final boolean preFilter;

  AlignmentDerivationDetector(SentenceEmbedder embedder, boolean preFilter) {
    this.embedder = embedder;
    this.preFilter = preFilter;
  }

  @Override
  public List<Derivation> detect(List<StoryArticle> story, Map<String, Quality> quality) {
    return detectCounted(story, quality).derivations();
  }

  @Override
  public Detection detectCounted(List<StoryArticle> story, Map<String, Quality> quality) {
    checkIds(story);
    int n = story.size();
    long allPairs = (long) n * (n - 1) / 2;
    if (n < 2) {
      return new Detection(List.of(), 0, allPairs, 0);
    }
    List<List<SentenceUnit>> units = units(story);
    PairFilter.Plan plan = preFilter ? PairFilter.plan(units) : PairFilter.all(n);
    Scores scores = new Scores(n, plan.pairs().length);
    for (int i = 0; i < plan.pairs().length; i++) {
      int a = PairFilter.first(plan.pairs()[i]);
      int b = PairFilter.second(plan.pairs()[i]);
      SentenceAligner.Similarities ab = SentenceAligner.Similarities.of(units.get(a), units.get(b));
      scores.put(
          i,
          a,
          b,
          SentenceAligner.align(units.get(a), units.get(b), ab),
          SentenceAligner.align(units.get(b), units.get(a), ab.transposed()),
          plan.background()[i]);
    }
    List<Derivation> out = new ArrayList<>();
    for (int i = 0; i < plan.pairs().length; i++) {
      int a = PairFilter.first(plan.pairs()[i]);
      int b = PairFilter.second(plan.pairs()[i]);
      double ab = scores.forward[i].score();
      double ba = scores.backward[i].score();
      if (!linked(scores, n, a, b, ab, ba) && !linked(scores, n, b, a, ba, ab)) {
        continue;
      }
      boolean aIsCopy = aIsCopy(story.get(a), story.get(b), ab, ba, quality);
      int copy = aIsCopy ? a : b;
      int source = aIsCopy ? b : a;
      out.add(
          derivation(
              story.get(copy),
              story.get(source),
              units.get(copy),
              units.get(source),
              aIsCopy ? scores.forward[i] : scores.backward[i],
              isMachineTranslated(quality, story.get(copy).id())));
    }
    return new Detection(List.copyOf(out), plan.pairs().length, allPairs, plan.candidates());
  }

  @Override
  public double explained(StoryArticle copy, StoryArticle source) {
    List<List<SentenceUnit>> units = units(List.of(copy, source));
    return SentenceAligner.align(units.get(0), units.get(1)).score();
  }

  /**
   * Alignments of the aligned pairs, and per article the scores of its background pairs: how much
   * it is explained by each partner (row) and how much it explains each partner (column).
   */
  private static final class Scores {
    final SentenceAligner.Alignment[] forward;
    final SentenceAligner.Alignment[] backward;
    final List<List<double[]>> rows = new ArrayList<>();
    final List<List<double[]>> columns = new ArrayList<>();

    Scores(int n, int pairs) {
      forward = new SentenceAligner.Alignment[pairs];
      backward = new SentenceAligner.Alignment[pairs];
      for (int a = 0; a < n; a++) {
        rows.add(new ArrayList<>());
        columns.add(new ArrayList<>());
      }
    }

    void put(
        int i,
        int a,
        int b,
        SentenceAligner.Alignment ab,
        SentenceAligner.Alignment ba,
        boolean background) {
      forward[i] = ab;
      backward[i] = ba;
      if (background) {
        // Entries are {partner, score}: a explained by b, b explained by a, and the reverse.
        rows.get(a).add(new double[] {b, ab.score()});
        rows.get(b).add(new double[] {a, ba.score()});
        columns.get(b).add(new double[] {a, ab.score()});
        columns.get(a).add(new double[] {b, ba.score()});
      }
    }

    /** Median of {@code entries}' scores leaving out {@code partner}; -1 when none is left. */
    static double median(List<double[]> entries, int partner) {
      double[] values = new double[entries.size()];
      int k = 0;
      for (double[] e : entries) {
        if ((int) e[0] != partner) {
          values[k++] = e[1];
        }
      }
      return k == 0 ? -1 : AlignmentDerivationDetector.median(Arrays.copyOf(values, k));
    }
  }

  /** Whether {@code a} explained by {@code b} ({@code s}; the reverse is {@code r}) is derived. */
  private static boolean linked(Scores scores, int n, int a, int b, double s, double r) {
    if (s >= STRONG) {
      return true;
    }
    if (n == 2) {
      return Math.sqrt(s * r) >= PAIR_MUTUAL;
    }
    if (s < MIN_SCORE) {
      return false;
    }
    double row = Scores.median(scores.rows.get(a), b);
    double column = Scores.median(scores.columns.get(b), a);
    double background = row < 0 || column < 0 ? 0 : Math.sqrt(row * column);
    return s >= LIFT * Math.max(MIN_BACKGROUND, background);
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private static boolean aIsCopy(
      StoryArticle a,
      StoryArticle b,
      double aExplained,
      double bExplained,
      Map<String, Quality> quality) {
    LocalDate da = a.article().published().value();
    LocalDate db = b.article().published().value();
    if (da != null && db != null && !da.equals(db)) {
      return da.isAfter(db);
    }
    boolean ma = isMachineTranslated(quality, a.id());
    boolean mb = isMachineTranslated(quality, b.id());
    double lower = Math.min(aExplained, bExplained);
    double higher = Math.max(aExplained, bExplained);
    if (ma != mb && lower >= BALANCED * higher) {
      return ma;
    }
    if (aExplained != bExplained) {
      return aExplained > bExplained;
    }
    int la = a.text().text().length();
    int lb = b.text().text().length();
    if (la != lb) {
      return la < lb;
    }
    return a.id().compareTo(b.id()) > 0;
  }

  private static boolean isMachineTranslated(Map<String, Quality> quality, String id) {
    Quality q = quality.get(id);
    return q != null && q.machineTranslated();
  }

  private static Derivation derivation(
      StoryArticle copy,
      StoryArticle source,
      List<SentenceUnit> copyUnits,
      List<SentenceUnit> sourceUnits,
      SentenceAligner.Alignment alignment,
      boolean copyMachineTranslated) {
    double copyWeight = weight(copyUnits);
    double sourceWeight = weight(sourceUnits);
    double aligned = 0;
    double lexical = 0;
    double exact = 0;
    double sourceAligned = 0;
    int firstSource = Integer.MAX_VALUE;
    int lastSource = -1;
    List<AlignedPair> evidence = new ArrayList<>();
    for (SentenceAligner.Link link : alignment.links()) {
      if (link.similarity() < SentenceAligner.EVIDENCE) {
        continue;
      }
      SentenceUnit c = copyUnits.get(link.copy());
      SentenceUnit s = sourceUnits.get(link.source());
      aligned += c.weight();
      sourceAligned += s.weight();
      lexical += link.lexical() * c.weight();
      if (link.exact()) {
        exact += c.weight();
      }
      firstSource = Math.min(firstSource, link.source());
      lastSource = Math.max(lastSource, link.source());
      if (evidence.size() < MAX_EVIDENCE) {
        evidence.add(
            new AlignedPair(
                mention(copy.id(), c.sentence()),
                mention(source.id(), s.sentence()),
                Math.round(link.similarity() * 1000) / 1000.0));
      }
    }
    double shared = copyWeight == 0 ? 0 : Math.min(1.0, aligned / copyWeight);
    double sourceCovered = sourceWeight == 0 ? 0 : Math.min(1.0, sourceAligned / sourceWeight);
    double spread =
        lastSource < 0 ? 0 : (lastSource - firstSource + 1) / (double) sourceUnits.size();
    DerivationKind kind =
        kind(
            aligned == 0 ? 0 : lexical / aligned,
            copyWeight == 0 ? 0 : exact / copyWeight,
            shared,
            sourceCovered,
            sourceWeight == 0 ? 1 : copyWeight / sourceWeight,
            spread,
            copyMachineTranslated);
    return new Derivation(
        copy.id(), source.id(), kind, Math.round(shared * 1000) / 1000.0, evidence);
  }

  /**
   * The kind of a derivation from its aligned pairs (those above {@link SentenceAligner#EVIDENCE}).
   * Thresholds chosen on Clough & Stevenson (cut answers are verbatim, light and heavy revisions
   * rewrites: 46 of 57 derived answers right) and kept loose enough for a news summary, a third of
   * its source's length and spread over all of it.
   *
   * @param verbatim mean word-trigram containment of the aligned pairs, weighted by words
   * @param exactShare share of the copy's words in identical sentences
   * @param shared share of the copy's words aligned
   * @param sourceCovered share of the source's words aligned
   * @param lengthRatio copy words over source words
   * @param spread part of the source between its first and last aligned sentence
   */
  static DerivationKind kind(
      double verbatim,
      double exactShare,
      double shared,
      double sourceCovered,
      double lengthRatio,
      double spread,
      boolean copyMachineTranslated) {
    if (exactShare >= 0.9 && sourceCovered >= 0.9) {
      return DerivationKind.DUPLICATE;
    }
    if (copyMachineTranslated && verbatim < 0.3) {
      return DerivationKind.TRANSLATION;
    }
    if (verbatim >= 0.7) {
      return sourceCovered >= 0.75 && shared >= 0.75
          ? DerivationKind.NEAR_DUPLICATE
          : DerivationKind.EXCERPT;
    }
    if (lengthRatio <= 0.4 && spread >= 0.8) {
      return DerivationKind.SUMMARY;
    }
    return DerivationKind.REWRITE;
  }

  private static Mention mention(String articleId, Sentence sentence) {
    return new Mention(sentence.text(), articleId, sentence.start(), sentence.end());
  }

  private static double weight(List<SentenceUnit> units) {
    double w = 0;
    for (SentenceUnit u : units) {
      w += u.weight();
    }
    return w;
  }

  /** Alignment units of every article, embedded in one batch. */
  private List<List<SentenceUnit>> units(List<StoryArticle> story) {
    List<List<SentenceUnit>> perArticle = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (StoryArticle article : story) {
      List<SentenceUnit> units = new ArrayList<>();
      for (Sentence sentence : article.text().sentences()) {
        SentenceUnit unit = SentenceUnit.of(sentence);
        if (unit.words().size() >= SentenceUnit.MIN_WORDS) {
          units.add(unit);
          texts.add(sentence.text());
        }
      }
      perArticle.add(units);
    }
    float[][] vectors =
        embedder == null
            ? SentenceEmbeddings.embed(texts)
            : embedder.embedAll(texts).toArray(new float[0][]);
    int k = 0;
    List<List<SentenceUnit>> out = new ArrayList<>();
    for (List<SentenceUnit> units : perArticle) {
      List<SentenceUnit> embedded = new ArrayList<>(units.size());
      for (SentenceUnit unit : units) {
        embedded.add(unit.withEmbedding(vectors[k++]));
      }
      out.add(embedded);
    }
    return out;
  }

  private static void checkIds(List<StoryArticle> story) {
    Set<String> seen = new HashSet<>();
    for (StoryArticle article : story) {
      if (!seen.add(article.id())) {
        throw new IllegalArgumentException("duplicate article id in story: " + article.id());
      }
    }
  }
}
