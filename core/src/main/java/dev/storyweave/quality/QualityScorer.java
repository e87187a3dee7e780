package dev.storyweave.quality;

import dev.storyweave.model.Quality;
import dev.storyweave.model.StoryArticle;
import java.util.List;
import java.util.Map;

/**
 * Scores the text quality of each article of a story and flags machine-translated or garbled text,
 * with the evidence for the verdict.
 *
 * <p>Some evidence is story-wide (a name spelled unlike in every other source), so the whole story
 * is scored at once; a story of one article is fine. Every article of the input gets an entry,
 * keyed by {@link StoryArticle#id()}. Clean articles of any outlet or genre (summaries, bullet
 * lists, live blogs) must not be flagged: the flag needs strong evidence. Implementations are
 * thread-safe and never throw on odd text.
 */
public interface QualityScorer {

  /** Quality of every article of {@code story}, by article id. */
  Map<String, Quality> score(List<StoryArticle> story);

  /** The default scorer: name consistency, repeated phrases and word-sequence fluency. */
  static QualityScorer create() {
    return FluencyQualityScorer.INSTANCE;
  }
}
