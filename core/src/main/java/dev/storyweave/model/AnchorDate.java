package dev.storyweave.model;

import java.time.LocalDate;

/**
 * The date an article's relative expressions ("on Sunday", "last month") are resolved against: its
 * publication date, or one inferred from the story.
 *
 * @param article the article id
 * @param date the anchor date, or null when neither the article nor its story gives one
 * @param inferred false when {@code date} is the article's own published date
 * @param how for a reader: where the date came from and, when inferred, the evidence
 */
public record AnchorDate(String article, LocalDate date, boolean inferred, String how) {
  public AnchorDate {
    if (article == null || article.isBlank()) {
      throw new IllegalArgumentException("anchor date without article: date=" + date);
    }
    if (how == null || how.isBlank()) {
      throw new IllegalArgumentException("anchor date without explanation: article=" + article);
    }
    if (date == null && !inferred) {
      throw new IllegalArgumentException(
          "a missing anchor cannot be the published date: " + article);
    }
  }

  public boolean isPresent() {
    return date != null;
  }
}
