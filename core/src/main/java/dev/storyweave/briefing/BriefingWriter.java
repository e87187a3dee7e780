package dev.storyweave.briefing;

import dev.storyweave.model.Briefing;
import dev.storyweave.model.Claim;
import dev.storyweave.model.Conflict;
import dev.storyweave.model.Quality;
import dev.storyweave.model.Story;
import dev.storyweave.model.StoryArticle;
import java.util.List;
import java.util.Map;

/**
 * Writes a story's briefing by selecting and ordering what the sources say: a headline, 5-10 key
 * points ranked by independent support and novelty (maximal marginal relevance over claims), a
 * timeline with absolute dates, who's who, notable quotes, where sources disagree, and coverage.
 *
 * <p>Never invents text: every key point is a source sentence with its spans and cited articles;
 * the headline is an article title or a source sentence. Thread-safe; never throws on odd input.
 */
public interface BriefingWriter {

  /**
   * The briefing of one story.
   *
   * @param storySoFar the story with its derivations, entities, quotes and (if known) timeline
   * @param articles the story's articles with their analysed text
   * @param claims the story's claims, as the claims stage ranked them
   * @param conflicts the conflicts between those claims
   * @param quality per-article text quality; cleaner articles are preferred as wording (may be
   *     empty)
   * @param focus a question that steers selection (DUC-style topic), or null
   */
  Briefing write(
      Story storySoFar,
      List<StoryArticle> articles,
      List<Claim> claims,
      List<Conflict> conflicts,
      Map<String, Quality> quality,
      String focus);

  /** The briefing without quality scores or focus. */
  default Briefing write(
      Story storySoFar, List<StoryArticle> articles, List<Claim> claims, List<Conflict> conflicts) {
    return write(storySoFar, articles, claims, conflicts, Map.of(), null);
  }

  /** The default writer: 5 to 10 key points. */
  static BriefingWriter create() {
    return new SelectingBriefingWriter(5, 10);
  }

  /** A writer that selects between {@code min} and {@code max} key points when there are enough. */
  static BriefingWriter create(int min, int max) {
    if (min < 1 || max < min) {
      throw new IllegalArgumentException("key point range invalid: min=" + min + " max=" + max);
    }
    return new SelectingBriefingWriter(min, max);
  }
}
