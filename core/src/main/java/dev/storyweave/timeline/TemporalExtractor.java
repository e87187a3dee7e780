package dev.storyweave.timeline;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.TemporalExpression;
import java.time.LocalDate;
import java.util.List;

/**
 * Finds dates and periods in an article and resolves them to absolute dates: explicit dates ("May
 * 12th", "2025-05-15", "February 2022"), weekdays ("on Thursday", "late Wednesday"), relative
 * expressions ("a day ago", "last month", "in the spring of 2022", "last year").
 *
 * <p>Weekdays follow the tense of their clause: past ("Lind proposed talks on Sunday") resolves to
 * the latest such day on or before the anchor, future ("will meet on Thursday") to the next one on
 * or after it, conditional ("would go on Friday") to the nearest one.
 *
 * <p>Implementations are thread-safe and never throw on odd text.
 */
public interface TemporalExtractor {

  /**
   * Expressions in {@code text}, in text order, not overlapping. {@code anchor} is the article's
   * publication (or inferred) date; when null, only expressions that need no anchor ("May 12,
   * 2025", "in 2022") are returned.
   */
  List<TemporalExpression> extract(AnalyzedText text, LocalDate anchor);

  /** The English extractor. */
  static TemporalExtractor english() {
    return EnglishTemporalExtractor.INSTANCE;
  }
}
