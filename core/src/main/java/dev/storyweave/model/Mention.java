package dev.storyweave.model;

/**
 * A span of an article's text: a name, a quote, a cited sentence.
 *
 * @param text exactly the article text between start and end
 * @param article the article id
 */
public record Mention(String text, String article, int start, int end) {
  public Mention {
    if (article == null || article.isBlank()) {
      throw new IllegalArgumentException("mention without article: text=" + text);
    }
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "mention end before start: start=" + start + " end=" + end + " article=" + article);
    }
  }
}
