package dev.storyweave.provenance;

import dev.storyweave.model.Derivation;
import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.quality.QualityScorer;
import dev.storyweave.signals.SentenceEmbedder;
import java.util.List;
import java.util.Map;

/**
 * Finds which articles of one story derive from which: duplicates, near-duplicates, excerpts,
 * summaries, rewrites and translations, each with its direction, shared fraction and the aligned
 * sentence pairs that show it.
 *
 * <p>Two independent reports of the same event share facts, names and quotes but not their
 * sentences; they are never linked. At most one edge is returned per pair of articles. Articles are
 * identified by {@link StoryArticle#id()}; ids must be distinct. Implementations are thread-safe
 * and never throw on odd text (empty or one-sentence articles simply get no edge).
 */
public interface DerivationDetector {

  /**
   * Provenance edges of {@code story}, scoring text quality itself (translations are told apart
   * from rewrites by the copy reading as machine-translated).
   */
  default List<Derivation> detect(List<StoryArticle> story) {
    return detect(story, QualityScorer.create().score(story));
  }

  /**
   * Provenance edges of {@code story} given each article's already computed quality (articles
   * missing from {@code quality} count as clean).
   */
  List<Derivation> detect(List<StoryArticle> story, Map<String, Quality> quality);

  /** Like {@link #detect(List, Map)}, also counting the article pairs it aligned. */
  Detection detectCounted(List<StoryArticle> story, Map<String, Quality> quality);

  /**
   * Share of {@code copy}'s text explained, in order, by {@code source}, in [0,1]: the score that
   * derivation decisions threshold, exposed for evaluation and calibration. Not symmetric.
   */
  double explained(StoryArticle copy, StoryArticle source);

  /**
   * The sentence-alignment detector: lexical shingles plus BGE-small sentence embeddings. Stories
   * of more than 32 articles align only pairs that share rare word trigrams or are near neighbours
   * by mean sentence embedding, plus a fixed-seed sample of pairs for the story's background;
   * smaller stories align every pair.
   */
  static DerivationDetector create() {
    return AlignmentDerivationDetector.INSTANCE;
  }

  /**
   * A detector embedding sentences with {@code embedder} (a cache, a different model of the same
   * family), aligning every pair of a story when {@code preFilter} is false: cost quadratic in the
   * story's size, for checking what the pre-filter misses.
   */
  static DerivationDetector create(SentenceEmbedder embedder, boolean preFilter) {
    return new AlignmentDerivationDetector(
        java.util.Objects.requireNonNull(embedder, "embedder"), preFilter);
  }
}
