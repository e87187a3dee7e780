package dev.storyweave.quotes;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.QuoteMention;
import java.util.List;

/**
 * Finds the quotations of one article and who said them.
 *
 * <p>Returns direct quotes (words between quotation marks of any style, including split and
 * multi-sentence quotes and quotes in headings and bullet lines) and clear reported speech ({@code
 * X said that ...}), in text order, every offset into {@link AnalyzedText#text()}. Implementations
 * are thread-safe and never throw on odd text: unbalanced or nested marks give fewer or longer
 * quotes, never an exception.
 */
public interface QuoteExtractor {

  /** The quotations of {@code text}, in text order. */
  List<QuoteMention> extract(AnalyzedText text);

  /**
   * The English extractor: quotation marks, cue verbs, part-of-speech tags and in-article
   * coreference.
   */
  static QuoteExtractor english() {
    return EnglishQuoteExtractor.shared();
  }
}
