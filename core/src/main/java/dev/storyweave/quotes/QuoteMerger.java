package dev.storyweave.quotes;

import dev.storyweave.model.Entity;
import dev.storyweave.model.Quote;
import dev.storyweave.model.QuoteMention;
import dev.storyweave.model.StoryArticle;
import dev.storyweave.signals.SentenceEmbedder;
import java.util.List;

/**
 * Groups a story's quote mentions into quotes: one statement, with its variant wordings (reworded,
 * excerpted or translated twice) and one speaker.
 *
 * <p>Input: the story's articles, every article's {@link QuoteMention}s and the story's resolved
 * entities (may be empty). Output: quotes ordered by the number of articles that carry them, then
 * by first appearance; every span is a mention of the input. Halves of a split quote (mentions
 * sharing a cue) become one wording. Quotes of different speakers are never merged; the speaker is
 * the name of the entity whose mentions overlap the speaker span or match its resolved name, else
 * the extractor's speaker name. Thread-safe; never throws on odd mentions.
 */
public interface QuoteMerger {

  /** The story's quotes, variants merged. */
  List<Quote> merge(List<StoryArticle> story, List<QuoteMention> mentions, List<Entity> entities);

  /** Token overlap after folding, then BGE-small sentence embeddings for rewordings. */
  static QuoteMerger create() {
    return new VariantQuoteMerger(SentenceEmbedder.shared());
  }
}
