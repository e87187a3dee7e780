package dev.storyweave.entities;

import dev.storyweave.model.AnalyzedText;
import dev.storyweave.model.EntityMention;
import java.util.List;

/**
 * Finds the names of people, places and organisations in one analysed article.
 *
 * <p>Every returned mention's text is exactly the article substring between its offsets, in article
 * order, without overlaps. Implementations are thread-safe and never throw on odd text.
 */
public interface MentionDetector {

  /** The named-entity mentions of {@code text}, in text order. */
  List<EntityMention> detect(AnalyzedText text);

  /**
   * The English detector: proper-noun chunks from OpenNLP's POS model, typed by title cues, ICU
   * gazetteers and context words. No statistical NER model is involved.
   */
  static MentionDetector english() {
    return RuleMentionDetector.shared();
  }
}
