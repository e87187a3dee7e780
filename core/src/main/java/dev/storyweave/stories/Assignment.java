package dev.storyweave.stories;

/**
 * Where one article went when it arrived.
 *
 * @param articleId the article
 * @param storyId the story it joined or opened
 * @param newStory true when the article opened {@code storyId}
 * @param score the best story score among the candidates (the joined story's score when it joined);
 *     0 when there were no candidates
 * @param candidateFrom which index proposed the best candidate: {@code "lsh"}, {@code "ann"},
 *     {@code "lsh+ann"}, or {@code "none"}
 */
public record Assignment(
    String articleId, String storyId, boolean newStory, double score, String candidateFrom) {
  public Assignment {
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("article id is blank: " + articleId);
    }
    if (storyId == null || storyId.isBlank()) {
      throw new IllegalArgumentException("story id is blank for article " + articleId);
    }
    if (Double.isNaN(score)) {
      throw new IllegalArgumentException("score is NaN for article " + articleId);
    }
  }
}
