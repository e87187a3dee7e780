package dev.storyweave.model;

import java.util.Objects;

/** An article with its analysed text: the unit every story-level stage takes as input. */
public record StoryArticle(Article article, AnalyzedText text) {
  public StoryArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    if (!article.id().equals(text.articleId())) {
      throw new IllegalArgumentException(
          "text of another article: article=" + article.id() + " text=" + text.articleId());
    }
  }

  public String id() {
    return article.id();
  }
}
