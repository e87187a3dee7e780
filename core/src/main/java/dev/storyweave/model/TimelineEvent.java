package dev.storyweave.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A dated event of the story.
 *
 * @param date absolute date, resolved against the article's publication date
 * @param spans the sentences that state it
 */
public record TimelineEvent(
    LocalDate date, String text, List<String> articles, List<Mention> spans) {
  public TimelineEvent {
    articles = List.copyOf(articles);
    spans = List.copyOf(spans);
  }
}
