package dev.storyweave.timeline;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.Quantity;
import java.util.List;

/**
 * Finds numbers with units ("300 miles", "30-day", "1,000 kilometers", "$2.5 million", "3.5%") and
 * expresses each in the base unit of its dimension, so that "1,000 kilometers (620 miles)" gives
 * two nearly equal lengths.
 *
 * <p>Implementations are thread-safe and never throw on odd text.
 */
public interface QuantityExtractor {

  /** Quantities in {@code text}, in text order, not overlapping. */
  List<Quantity> extract(AnalyzedText text);

  /** The English extractor. */
  static QuantityExtractor english() {
    return EnglishQuantityExtractor.INSTANCE;
  }
}
