package dev.storyweave.signals;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Article;

/**
 * Computes an article's {@link ArticleSignals} once, from the article and its analysed text.
 *
 * <p>Implementations are thread-safe and never throw on odd text: an article without words gets the
 * empty MinHash signature and an embedding of whatever title it has.
 */
public interface SignalExtractor {

  /** The signals of {@code article}; {@code text} must be the analysed text of that article. */
  ArticleSignals extract(Article article, AnalyzedText text);

  /** The extractor with the shared sentence embedder ({@link SentenceEmbedder#shared()}). */
  static SignalExtractor create() {
    return new NewsSignalExtractor(SentenceEmbedder.shared());
  }

  /** The extractor with another embedder, e.g. one that caches vectors on disk for evaluation. */
  static SignalExtractor create(SentenceEmbedder embedder) {
    return new NewsSignalExtractor(embedder);
  }
}
