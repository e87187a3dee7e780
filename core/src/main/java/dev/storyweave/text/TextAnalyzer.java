package dev.storyweave.text;

import dev.storyweave.model.AnalyzedText;

/**
 * Splits an article's text into sentences and tokens whose offsets point into that text.
 *
 * <p>Implementations are thread-safe and never throw on odd text: empty or whitespace-only text
 * gives no sentences.
 */
public interface TextAnalyzer {

  /** Sentences and tokens of {@code text}. */
  AnalyzedText analyze(String articleId, String text);

  /** The English analyzer: OpenNLP's trained sentence and token models, adapted to news layout. */
  static TextAnalyzer english() {
    return OpenNlpTextAnalyzer.shared();
  }
}
