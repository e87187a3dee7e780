package dev.storyweave.provenance;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.Derivation.AlignedPair;
import dev.storyweave.model.DerivationKind;
import dev.storyweave.model.Mention;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Sentence;
import dev.storyweave.model.StoryArticle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Every ordered pair of articles in the story is aligned sentence by sentence (SentenceAligner):
 * the score is the share of the first article explained, in order, by the second.
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

  static final AlignmentDerivationDetector INSTANCE = new AlignmentDerivationDetector();

  static final double STRONG = 0.30;
  static final double MIN_SCORE = 0.08;
  static final double LIFT = 2.0;
  static final double PAIR_MUTUAL = 0.14;
  private static final double MIN_BACKGROUND = 0.01;

  // A translation explains its original about as well as the original explains it; a summary or
  // excerpt is explained much better than it explains its source.
  private static final double BALANCED = 0.75;

  private static final int MAX_EVIDENCE = 50;

  private AlignmentDerivationDetector() {}

  @Override
  public List<Derivation> detect(List<StoryArticle> story, Map<String, Quality> quality) {
    checkIds(story);
    int n = story.size();
    if (n < 2) {
      return List.of();
    }
    List<List<SentenceUnit>> units = units(story);
    double[][] score = new double[n][n];
    SentenceAligner.Alignment[][] alignment = new SentenceAligner.Alignment[n][n];
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        SentenceAligner.Similarities ab =
            SentenceAligner.Similarities.of(units.get(a), units.get(b));
        alignment[a][b] = SentenceAligner.align(units.get(a), units.get(b), ab);
        alignment[b][a] = SentenceAligner.align(units.get(b), units.get(a), ab.transposed());
        score[a][b] = alignment[a][b].score();
        score[b][a] = alignment[b][a].score();
      }
    }
    List<Derivation> out = new ArrayList<>();
    for (int a = 0; a < n; a++) {
      for (int b = a + 1; b < n; b++) {
        if (!linked(score, a, b) && !linked(score, b, a)) {
          continue;
        }
        boolean aIsCopy = aIsCopy(story.get(a), story.get(b), score[a][b], score[b][a], quality);
        int copy = aIsCopy ? a : b;
        int source = aIsCopy ? b : a;
        out.add(
            derivation(
                story.get(copy),
                story.get(source),
                units.get(copy),
                units.get(source),
                alignment[copy][source],
                isMachineTranslated(quality, story.get(copy).id())));
      }
    }
    return List.copyOf(out);
  }

  @Override
  public double explained(StoryArticle copy, StoryArticle source) {
    List<List<SentenceUnit>> units = units(List.of(copy, source));
    return SentenceAligner.align(units.get(0), units.get(1)).score();
  }

  /** Whether the score of {@code a} explained by {@code b} marks a derivation. */
  static boolean linked(double[][] score, int a, int b) {
    double s = score[a][b];
    if (s >= STRONG) {
      return true;
    }
    if (score.length == 2) {
      return Math.sqrt(s * score[b][a]) >= PAIR_MUTUAL;
    }
    if (s < MIN_SCORE) {
      return false;
    }
    return s >= LIFT * background(score, a, b);
  }

  static double background(double[][] score, int a, int b) {
    int n = score.length;
    double[] row = new double[n - 2];
    double[] col = new double[n - 2];
    int k = 0;
    for (int x = 0; x < n; x++) {
      if (x != a && x != b) {
        row[k] = score[a][x];
        col[k] = score[x][b];
        k++;
      }
    }
    if (k == 0) {
      throw new IllegalArgumentException("no background in a story of two articles");
    }
    double background = Math.sqrt(median(row) * median(col));
    return Math.max(MIN_BACKGROUND, background);
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
  private static List<List<SentenceUnit>> units(List<StoryArticle> story) {
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
    float[][] vectors = SentenceEmbeddings.embed(texts);
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
