package dev.storyweave.timeline;

import dev.storyweave.model.StoryArticle;
import dev.storyweave.model.TimelineEvent;
import java.util.List;

/**
 * The story's timeline: sentences that state an event on a specific day, resolved against each
 * article's anchor date ({@link PublicationDateInferrer}), merged across articles when they give
 * the same day and say much the same thing (citing every article), ordered by date. An event's text
 * is one of its source sentences verbatim; its spans point to every sentence merged into it.
 *
 * <p>Implementations are thread-safe and never throw on odd input.
 */
public interface TimelineBuilder {

  /** Events of {@code story} in date order; empty when no article can be dated. */
  List<TimelineEvent> build(List<StoryArticle> story);

  /** The default builder: English extractors, day-precise events only. */
  static TimelineBuilder create() {
    return new SentenceTimelineBuilder(
        TemporalExtractor.english(), PublicationDateInferrer.create());
  }
}
