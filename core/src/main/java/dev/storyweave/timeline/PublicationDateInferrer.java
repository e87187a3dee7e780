package dev.storyweave.timeline;

import dev.storyweave.model.AnchorDate;
import dev.storyweave.model.StoryArticle;
import java.util.List;
import java.util.Map;

/**
 * The anchor date of each article of a story: its published date when known, otherwise a date
 * inferred from the story (other articles' dates, explicit dates in its text, and whether its
 * weekday mentions then land on days the story already knows), with a note saying how.
 *
 * <p>Implementations are thread-safe and never throw on odd input.
 */
public interface PublicationDateInferrer {

  /** One anchor per article of {@code story}, keyed by article id, in story order. */
  Map<String, AnchorDate> infer(List<StoryArticle> story);

  /** The default inferrer, using {@link TemporalExtractor#english()}. */
  static PublicationDateInferrer create() {
    return new StoryPublicationDateInferrer(TemporalExtractor.english());
  }
}
